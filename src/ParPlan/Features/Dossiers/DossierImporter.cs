using System.Data.Common;
using Microsoft.Extensions.Options;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Indicators;
using ParPlan.Infrastructure;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Dossiers;

/// <summary>Imports one dossier file: streams rows through <see cref="DossierReader"/>, upserts them chunk by chunk
/// (one transaction per chunk together with the batch's counters, rejected rows and one audit entry), and continues
/// an interrupted import of the same file from its last committed line. Everything it reads and writes goes through
/// plain commands on one connection of <see cref="StoreConnections"/>: EF Core is never built on the import's path (in a
/// fresh process its model, first connection and query pipeline cost more than a month's rows).</summary>
public sealed class DossierImporter(StoreConnections store, IOptions<DossierImportOptions> options, AuditActor actor, TimeProvider time,
    IOptions<UploadLimitsOptions> limits)
{
    /// <summary>Test hook: runs after each committed chunk with the chunk's number (1-based).</summary>
    internal Func<int, Task>? AfterChunkCommitted { get; set; }

    /// <summary>Test hook: runs once the last chunk has committed, before the import returns (a fault injected here is a
    /// process killed before the indicators were computed).</summary>
    internal Func<Task>? AfterLastCommit { get; set; }

    /// <summary>Restricts the accepted unit codes (e.g. to the importing officer's government); all units when null.</summary>
    public Func<string, bool>? UnitFilter { get; set; }

    /// <summary>The government the import is for: its column map of the source (else its province's) is read, and only its
    /// own interrupted imports are continued. Null (administrator, command line): the shared province-wide map.</summary>
    public Guid? Government { get; set; }

    public IProgress<DossierReadProgress>? Progress { get; set; }

    /// <summary>The file's identity (<see cref="DossierFileAccess.HashAsync"/> of the same path), already being computed
    /// by the caller: the command line starts it while the store opens. Computed here when null.</summary>
    public Task<string>? FileHash { get; set; }

    public int ProgressInterval { get; set; } = 50_000;

    /// <summary>After an import (not a resumed one): the indicator counts accumulated while reading and the years the
    /// import touched, for <see cref="IndicatorComputer.ComputeAsync(ImportedCounts?, CancellationToken)"/>; null otherwise.</summary>
    public ImportedCounts? Counts { get; private set; }

    /// <summary>Imports <paramref name="path"/>; throws <see cref="DossierFileException"/> for an unreadable file.</summary>
    public async Task<DossierImportResult> ImportAsync(string path, string source, string? fileName = null, long? queuedBatchId = null, CancellationToken ct = default)
    {
        Counts = null;
        fileName ??= Path.GetFileName(path);
        source = string.IsNullOrWhiteSpace(source) ? "mac-dinh" : source.Trim();
        var hash = await (FileHash ?? DossierFileAccess.HashAsync(path, ct));
        ImportTimings.Mark("băm tệp");
        var sqlite = store.IsSqlite;
        await using var connection = await store.OpenAsync(ct);
        await using var settings = connection is Microsoft.Data.Sqlite.SqliteConnection lite ? await SqlitePragmas.ForImportAsync(lite, ct) : null;
        var mapJson = await ImportLookups.ColumnMapAsync(connection, sqlite, Government, source, VietnamTime.Today(time), ct);
        ImportTimings.Mark("đọc bảng ánh xạ cột");
        var batch = await StartBatchAsync(connection, sqlite, source, fileName, hash, queuedBatchId, ct);
        ImportTimings.Mark("tạo lần nhập");
        var resumed = batch.LastCommittedLine > 0;
        var units = await ImportLookups.UnitCodesAsync(connection, ct);
        ImportTimings.Mark("đọc mã đơn vị");
        var filter = UnitFilter;
        var foreign = filter is null ? null : await ImportLookups.ForeignCodesAsync(connection, source, filter, ct);
        var map = mapJson is null ? null : DossierColumnMap.FromJson(mapJson);
        var format = DossierReader.FormatOf(fileName);
        DossierReadOptions ReadOptions(CancellationToken token) => new()
        {
            Map = map,
            XlsxLimits = limits.Value.Excel.ToLimits(),
            // A store without an org tree yet (a bare CLI store) cannot check unit codes; it takes them as they are.
            IsKnownUnit = units.Count == 0 ? null : units.Contains,
            // An officer's import takes only its government's units; another government's unit gets its own reason.
            IsInScope = filter,
            // Nothing can have been received or finished after today (on the injected clock).
            Today = VietnamTime.Today(time),
            Progress = Progress,
            ProgressInterval = ProgressInterval,
            CancellationToken = token,
        };

        // The indicators of the rows read are counted while reading (on the reading thread), so the computation reads back
        // only the stored rows this import did not write, and only for the years it touched (IndicatorComputer checks that
        // the counts still describe the import's rows). A resumed import's earlier rows and replaced versions are unknown.
        var fresh = resumed ? null : IndicatorComputer.CreateAccumulator();
        TouchedYears? replaced = null;
        try
        {
            await using var stream = DossierFileAccess.OpenRead(path);
            await using var rows = new RowReadAhead(token => DossierReader.Read(stream, format, ReadOptions(token)),
                fresh is null ? null : row => { if (row.IsAccepted) fresh.Add(row.Record); }, ct);
            replaced = await RunAsync(connection, sqlite, batch, rows, stream, foreign, ct);
        }
        catch (Exception ex)
        {
            await ImportBatchRows.MarkFailedAsync(connection, batch.Id, ImportFailure.Describe(ex), CancellationToken.None);
            throw;
        }

        ImportTimings.Mark("đọc và ghi các dòng");
        if (AfterLastCommit is { } last) await last();
        var done = await ImportBatchRows.ReadAsync(connection, batch.Id, ct);
        var rejections = await ImportBatchRows.RejectionsAsync(connection, batch.Id, 1000, ct);
        Counts = fresh is not null && replaced is not null ? new ImportedCounts(done.Id, fresh, replaced, done.Imported + done.Updated) : null;
        ImportTimings.Mark("đọc kết quả lần nhập");
        return new DossierImportResult(done.Id, done.Source, done.RowsRead, done.Imported, done.Updated, done.Rejected, rejections, resumed);
    }

    /// <summary>Writes the rows chunk by chunk; returns the years of the versions the import replaced.</summary>
    private async Task<TouchedYears> RunAsync(DbConnection connection, bool sqlite, ImportBatch batch, RowReadAhead rows, Stream stream, IReadOnlySet<string>? foreign, CancellationToken ct)
    {
        var chunkSize = Math.Max(1, options.Value.ChunkSize);
        var counters = new ChunkState(batch);
        var total = stream.CanSeek ? stream.Length : (long?)null;
        DbTransaction? tx = null;
        using var writer = DossierWriter.Create(connection, batch.Id, batch.Source);
        var pending = new List<RejectedRow>();
        var inChunk = 0;
        var chunkNumber = 0;

        // PostgreSQL, no dossier stored yet, a large file: one transaction, the secondary indexes rebuilt at the end.
        await using var firstLoad = await PostgresFirstLoad.TryStartAsync(connection, writer, batch.LastCommittedLine > 0, total, options.Value, ct);
        if (firstLoad is not null) (tx, chunkSize) = (firstLoad.Transaction, int.MaxValue);
        try
        {
            await foreach (var block in rows.ReadAllAsync())
            {
                foreach (var read in block)
                {
                    var row = foreign is not null && read.IsAccepted && foreign.Contains(read.Record.Code) ? read with { Error = ForeignError(read.Record.Code) } : read;
                    if (row.Line <= batch.LastCommittedLine) continue;
                    if (tx is null)
                    {
                        tx = await connection.BeginTransactionAsync(ct);
                        writer.Begin(tx);
                    }

                    counters.RowsRead++;
                    counters.LastLine = row.Line;
                    if (row.IsAccepted)
                    {
                        await writer.AddAsync(row.Record, ct);
                    }
                    else
                    {
                        counters.Rejected++;
                        if (counters.Rejected <= options.Value.MaxStoredRejections) pending.Add(new RejectedRow(row.Line, row.Error!));
                    }

                    if (++inChunk < chunkSize) continue;
                    await writer.FlushAsync(ct);
                    counters.Count(writer.TakeCounts());
                    await CommitChunkAsync(connection, tx, sqlite, batch, counters, pending, position(stream), total, final: false, ++chunkNumber, ct);
                    await tx.DisposeAsync();
                    (tx, inChunk) = (null, 0);
                    pending.Clear();
                    if (AfterChunkCommitted is { } hook) await hook(chunkNumber);
                }
            }

            if (tx is not null) await writer.FlushAsync(ct);
            if (firstLoad is not null) await firstLoad.RestoreIndexesAsync(ct);
            counters.Count(writer.TakeCounts());
            tx ??= await connection.BeginTransactionAsync(ct);
            await CommitChunkAsync(connection, tx, sqlite, batch, counters, pending, total ?? position(stream), total, final: true, ++chunkNumber, ct);
        }
        catch (Exception ex) when (firstLoad is not null && ex is not (DossierFileException or OperationCanceledException))
        {
            throw new PostgresFirstLoadException(ex);
        }
        finally
        {
            if (tx is not null) await tx.DisposeAsync();
        }

        return writer.Replaced;

        // The reader runs ahead of the commits: the stream position is where reading got to, at most a read-ahead later.
        static long position(Stream s) => s.CanSeek ? s.Position : 0;
    }

    private async Task CommitChunkAsync(DbConnection connection, DbTransaction tx, bool sqlite, ImportBatch batch, ChunkState c,
        List<RejectedRow> rejections, long bytes, long? total, bool final, int chunkNumber, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using (var update = Command(connection, tx,
            "UPDATE \"ImportBatches\" SET \"LastCommittedLine\" = @l, \"RowsRead\" = @r, \"Imported\" = @i, \"Updated\" = @u, \"Rejected\" = @x, " +
            "\"BytesRead\" = @b, \"TotalBytes\" = @t, \"Status\" = @s, \"FinishedAt\" = @f, \"IndicatorsPending\" = @p, \"Version\" = \"Version\" + 1 WHERE \"Id\" = @id",
            ("@l", c.LastLine), ("@r", c.RowsRead), ("@i", c.Imported), ("@u", c.Updated), ("@x", c.Rejected), ("@b", bytes),
            ("@t", (object?)total ?? DBNull.Value), ("@s", (final ? ImportStatus.Completed : ImportStatus.Running).ToString()),
            ("@f", final ? Instant(now, sqlite) : DBNull.Value), ("@p", true), ("@id", batch.Id)))
        {
            await update.ExecuteNonQueryAsync(ct);
        }

        if (rejections.Count > 0)
        {
            await using var insert = Command(connection, tx, "INSERT INTO \"ImportRejections\" (\"BatchId\", \"Line\", \"Reason\") VALUES (@b, @l, @r)",
                ("@b", batch.Id), ("@l", 0L), ("@r", ""));
            foreach (var r in rejections)
            {
                insert.Parameters[1].Value = r.Line;
                insert.Parameters[2].Value = r.Reason;
                await insert.ExecuteNonQueryAsync(ct);
            }
        }

        var summary = ImportAuditJson.ChunkSummary(batch.Source, batch.FileName, chunkNumber, c.LastLine, c.RowsRead, c.Imported, c.Updated, c.Rejected, final);
        await AuditRows.InsertAsync(connection, tx, sqlite, now, actor.Current, "DossierImportChunk", $"{batch.Id}|{chunkNumber}", AuditAction.Modified, null, summary, ct);

        await tx.CommitAsync(ct);
        batch.LastCommittedLine = c.LastLine;
    }

    private static string ForeignError(string code) =>
        $"Mã hồ sơ '{code}' đã có trong dữ liệu của một đơn vị ngoài phạm vi của bạn; dòng này không được ghi đè lên hồ sơ đó. Kiểm tra lại mã hồ sơ hoặc dùng nguồn dữ liệu khác.";

    /// <summary>A new batch for the file, else (an unfinished import of the same file, or a queued upload) the batch continued.</summary>
    private async Task<ImportBatch> StartBatchAsync(DbConnection connection, bool sqlite, string source, string fileName, string hash, long? queuedBatchId,
        CancellationToken ct)
    {
        var resume = queuedBatchId;
        if (resume is null)
        {
            var added = new ImportBatch
            {
                Source = source, FileName = fileName, FileHash = hash, StartedAt = time.GetUtcNow(), UserName = actor.Current.UserName, GovernmentId = Government,
            };
            (var batchAdded, resume) = await ImportBatchStart.StartAsync(connection, sqlite, added, actor.Current, added.StartedAt, ct);
            if (batchAdded is not null) return batchAdded;
        }

        return await ImportBatchRows.ContinueAsync(connection, sqlite, resume!.Value, hash, actor.Current, time.GetUtcNow(), ct);
    }

    private sealed class ChunkState(ImportBatch b)
    {
        public long RowsRead = b.RowsRead;
        public long Imported = b.Imported;
        public long Updated = b.Updated;
        public long Rejected = b.Rejected;
        public long LastLine = b.LastCommittedLine;

        public void Count((long Inserted, long Written) chunk)
        {
            Imported += chunk.Inserted;
            Updated += chunk.Written - chunk.Inserted;
        }
    }
}
