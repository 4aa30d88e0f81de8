using System.Data.Common;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>The fast path of the import: one prepared <c>INSERT … ON CONFLICT (Source, Code) DO UPDATE … RETURNING</c>
/// per row (the same SQL on SQLite and PostgreSQL) inside the caller's transaction. RETURNING the creating batch
/// tells an insert from an update.</summary>
internal sealed class DossierBulkWriter : IDisposable
{
    private static readonly string[] Columns =
    [
        "Source", "Code", "UnitCode", "ProcedureCode", "ProcedureName", "Field", "ReceivedAt", "DueAt", "FinishedAt",
        "Status", "Channel", "ServiceLevel", "HasFees", "PaidOnline", "DossierDigitised", "ResultDigitised", "DataReused",
        "Apologised", "Rating", "CreatedBatchId", "LastBatchId",
    ];

    private readonly DbCommand command;
    private readonly DbParameter[] p;
    private readonly bool sqlite;

    public DossierBulkWriter(DbConnection connection, DbTransaction transaction, bool sqlite, long batchId)
    {
        this.sqlite = sqlite;
        command = connection.CreateCommand();
        command.Transaction = transaction;
        var updates = Columns.Where(c => c is not ("Source" or "Code" or "CreatedBatchId")).Select(c => $"\"{c}\" = excluded.\"{c}\"");
        command.CommandText = $"INSERT INTO \"Dossiers\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => "@p" + i))}) " +
            $"ON CONFLICT (\"Source\", \"Code\") DO UPDATE SET {string.Join(", ", updates)} RETURNING \"CreatedBatchId\"";
        p = new DbParameter[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            p[i] = command.CreateParameter();
            p[i].ParameterName = "@p" + i;
            command.Parameters.Add(p[i]);
        }

        p[19].Value = batchId;
        p[20].Value = batchId;
        BatchId = batchId;
    }

    public long BatchId { get; }

    public void Prepare(DossierRecord r, string source)
    {
        p[0].Value = source;
        p[1].Value = r.Code;
        p[2].Value = r.UnitCode;
        p[3].Value = (object?)r.ProcedureCode ?? DBNull.Value;
        p[4].Value = (object?)r.ProcedureName ?? DBNull.Value;
        p[5].Value = (object?)r.Field ?? DBNull.Value;
        p[6].Value = Instant(r.ReceivedAt);
        p[7].Value = Instant(r.DueAt);
        p[8].Value = r.FinishedAt is { } f ? Instant(f) : DBNull.Value;
        p[9].Value = r.Status.ToString();
        p[10].Value = r.Channel.ToString();
        p[11].Value = r.ServiceLevel is { } l ? l.ToString() : DBNull.Value;
        p[12].Value = Flag(r.HasFees);
        p[13].Value = Flag(r.PaidOnline);
        p[14].Value = Flag(r.DossierDigitised);
        p[15].Value = Flag(r.ResultDigitised);
        p[16].Value = Flag(r.DataReused);
        p[17].Value = Flag(r.Apologised);
        p[18].Value = r.Rating is { } rating ? (int)rating : DBNull.Value;
    }

    /// <summary>Writes one record; true when it was new.</summary>
    public async Task<bool> UpsertAsync(DossierRecord r, string source, CancellationToken ct)
    {
        Prepare(r, source);
        var created = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt64(created, System.Globalization.CultureInfo.InvariantCulture) == BatchId;
    }

    private object Instant(DateTimeOffset value) => sqlite ? value.UtcTicks : value.ToUniversalTime();

    private static object Flag(bool? value) => value is { } v ? v : DBNull.Value;

    public void Dispose() => command.Dispose();
}
