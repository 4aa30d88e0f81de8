using System.Data.Common;
using Microsoft.Data.Sqlite;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;

namespace ParPlan.Features.Dossiers;

/// <summary>Writes imported rows as upserts by (source, dossier code) inside the importer's chunk transactions, and
/// counts which of them were new. One writer serves a whole import; <see cref="Begin"/> hands it each chunk's
/// transaction.</summary>
internal abstract class DossierWriter : IDisposable
{
    internal static readonly string[] Columns =
    [
        "Source", "Code", "UnitCode", "ProcedureId", "ReceivedAt", "DueAt", "FinishedAt",
        "Status", "Channel", "ServiceLevel", "HasFees", "PaidOnline", "DossierDigitised", "ResultDigitised", "DataReused",
        "Apologised", "Rating", "CreatedBatchId", "LastBatchId",
    ];

    private long inserted;
    private long written;

    /// <summary>SQLite gets the raw prepared-statement writer, PostgreSQL the binary COPY one, others the ADO.NET one.</summary>
    public static DossierWriter Create(DbConnection connection, long batchId, string source) => connection switch
    {
        SqliteConnection sqlite => new SqliteDossierWriter(sqlite, batchId, source, new DossierProcedureIds(connection)),
        Npgsql.NpgsqlConnection postgres => new PostgresDossierWriter(postgres, batchId, source, new DossierProcedureIds(connection)),
        _ => new DossierBulkWriter(connection, batchId, source, new DossierProcedureIds(connection)),
    };

    protected static string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c}\""));

    /// <summary>The years the previous versions of the updated rows counted in: an update moves a dossier's contribution
    /// out of them (see <see cref="TouchedYears"/>).</summary>
    public TouchedYears Replaced { get; } = new();

    public abstract void Begin(DbTransaction transaction);

    /// <summary>Writes what the writer buffered for the chunk; called before the chunk's counts are taken and it commits.</summary>
    public virtual ValueTask FlushAsync(CancellationToken ct) => ValueTask.CompletedTask;

    public abstract ValueTask AddAsync(DossierRecord record, CancellationToken ct);

    /// <summary>Rows written and how many of them were new since the last call.</summary>
    public (long Inserted, long Written) TakeCounts()
    {
        var counts = (inserted, written);
        (inserted, written) = (0, 0);
        return counts;
    }

    protected void Counted(long newRows, long rows)
    {
        written += rows;
        inserted += newRows;
    }

    protected void Counted(bool isNew)
    {
        written++;
        if (isNew) inserted++;
    }

    public abstract void Dispose();
}
