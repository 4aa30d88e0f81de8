using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Dossiers;

/// <summary>What the web side does with an upload: stage it, import it now or queue it, and recompute afterwards.</summary>
public sealed class DossierImportService(AppDbContext db, DossierImporter importer, IndicatorComputer computer, ImportProgress progress,
    ImportJobs queue, IOptions<DatabaseOptions> database, TimeProvider time, AuditActor actor)
{
    public async Task<ImportBatch> StageAsync(Stream content, string fileName, string? source, Guid? governmentId, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetFullPath(database.Value.DataDirectory), "imports");
        Directory.CreateDirectory(folder);
        var extension = DossierReader.FormatOf(fileName) == DossierFileFormat.Xlsx ? ".xlsx" : ".csv";
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + extension);
        await using (var file = File.Create(path))
        {
            await content.CopyToAsync(file, ct);
        }

        var batch = new ImportBatch
        {
            Source = string.IsNullOrWhiteSpace(source) ? "tai-len" : source.Trim(), FileName = Path.GetFileName(fileName), FileHash = "",
            Status = ImportStatus.Queued, StartedAt = time.GetUtcNow(), UserName = actor.Current.UserName, GovernmentId = governmentId, StagedPath = path,
        };
        db.Add(batch);
        await db.SaveChangesAsync(ct);
        return batch;
    }

    /// <summary>Runs a staged batch to the end and recomputes the indicators; the staged file is deleted afterwards.</summary>
    public async Task<DossierImportResult> RunStagedAsync(long batchId, CancellationToken ct)
    {
        var batch = await db.Set<ImportBatch>().AsNoTracking().FirstAsync(b => b.Id == batchId, ct);
        importer.UnitFilter = batch.GovernmentId is { } gov ? await UnitFilterAsync(gov, ct) : null;
        importer.Government = batch.GovernmentId;
        using var who = AuditActor.Begin(batch.UserName);
        importer.ProgressInterval = 2_000;
        importer.Progress = new Progress(progress, batchId);
        try
        {
            var result = await importer.ImportAsync(batch.StagedPath!, batch.Source, batch.FileName, batchId, ct);
            await computer.ComputeAsync(importer.Counts, ct);
            return result;
        }
        finally
        {
            progress.Forget(batchId);
            if (batch.StagedPath is { } staged) File.Delete(staged);
            await db.Set<ImportBatch>().Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s.SetProperty(b => b.StagedPath, (string?)null), CancellationToken.None);
        }
    }

    public void Enqueue(long batchId) => queue.Enqueue(batchId);

    /// <summary>Unit codes inside the government on any date on which the tree changed (so the units it absorbed count too).</summary>
    public async Task<Func<string, bool>> UnitFilterAsync(Guid governmentId, CancellationToken ct)
    {
        var snapshot = await OrgUnitHierarchy.LoadAsync(db, ct);
        var root = snapshot.CodesById[governmentId];
        var dates = (await db.UnitParents.AsNoTracking().Where(p => p.ValidTo != null).Select(p => p.ValidTo!.Value).Distinct().ToListAsync(ct))
            .Append(VietnamTime.Today(time)).ToList();
        var allowed = snapshot.IdsByCode.Keys.Where(c => dates.Any(d => UnitHierarchy.IsWithin(snapshot.Hierarchy, c, root, d))).ToHashSet(StringComparer.Ordinal);
        return allowed.Contains;
    }

    private sealed class Progress(ImportProgress registry, long batchId) : IProgress<DossierReadProgress>
    {
        public void Report(DossierReadProgress value) => registry.Report(batchId, value);
    }
}
