using System.Data.Common;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>The ADO.NET writer (a provider without a bulk path of its own): one prepared <c>INSERT … ON CONFLICT (Source, Code) DO UPDATE …
/// RETURNING "CreatedBatchId"</c> per row inside the chunk's transaction. RETURNING the creating batch tells an insert
/// from an update.</summary>
internal sealed class DossierBulkWriter(DbConnection connection, long batchId, string source, DossierProcedureIds procedures) : DossierWriter
{
    private DbCommand? command;

    public override void Begin(DbTransaction transaction)
    {
        command ??= Create();
        command.Transaction = transaction;
    }

    public override async ValueTask AddAsync(DossierRecord r, CancellationToken ct)
    {
        var c = command ?? throw new InvalidOperationException("Begin a transaction first.");
        Bind(c.Parameters, r);
        await using var reader = await c.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var isNew = reader.GetInt64(0) == batchId;
            Counted(isNew);

            // The upsert does not return the replaced version: every year counts as touched.
            if (!isNew) Replaced.AddEveryYear();
        }
    }

    private DbCommand Create()
    {
        // The upsert: every column but the key and the creating batch is replaced by the newer row.
        var c = connection.CreateCommand();
        c.CommandText = $"INSERT INTO \"Dossiers\" ({ColumnList}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))}) "
            + "ON CONFLICT (\"Source\", \"Code\") DO UPDATE SET "
            + string.Join(", ", Columns.Where(col => col is not ("Source" or "Code" or "CreatedBatchId")).Select(col => $"\"{col}\" = excluded.\"{col}\""))
            + " RETURNING \"CreatedBatchId\"";
        for (var i = 0; i < Columns.Length; i++)
        {
            var p = c.CreateParameter();
            p.ParameterName = $"@p{i}";
            c.Parameters.Add(p);
        }

        return c;
    }

    private void Bind(DbParameterCollection p, in DossierRecord r)
    {
        p[0].Value = source;
        p[1].Value = r.Code;
        p[2].Value = r.UnitCode;
        p[3].Value = procedures.IdOf(r, command!.Transaction) is { } procedure ? procedure : DBNull.Value;
        p[4].Value = r.ReceivedAt.ToUniversalTime();
        p[5].Value = r.DueAt.ToUniversalTime();
        p[6].Value = r.FinishedAt is { } f ? f.ToUniversalTime() : DBNull.Value;
        p[7].Value = (int)r.Status;
        p[8].Value = (int)r.Channel;
        p[9].Value = r.ServiceLevel is { } l ? (int)l : DBNull.Value;
        p[10].Value = Flag(r.HasFees);
        p[11].Value = Flag(r.PaidOnline);
        p[12].Value = Flag(r.DossierDigitised);
        p[13].Value = Flag(r.ResultDigitised);
        p[14].Value = Flag(r.DataReused);
        p[15].Value = Flag(r.Apologised);
        p[16].Value = r.Rating is { } rating ? (int)rating : DBNull.Value;
        p[17].Value = batchId;
        p[18].Value = batchId;
    }

    private static object Flag(bool? value) => value is { } v ? v : DBNull.Value;

    public override void Dispose() => command?.Dispose();
}
