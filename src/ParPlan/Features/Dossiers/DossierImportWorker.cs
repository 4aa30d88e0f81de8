using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Dossiers;

/// <summary>Runs queued uploads one at a time; on start it picks up uploads left queued or running by a stop.</summary>
public sealed class DossierImportWorker(IServiceScopeFactory scopes, ImportJobs queue, ILogger<DossierImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            try
            {
                var left = await db.Set<ImportBatch>().AsNoTracking().Where(b => b.StagedPath != null && b.Status != ImportStatus.Completed && b.Status != ImportStatus.NeedsMapping)
                    .Select(b => b.Id).ToListAsync(stoppingToken);
                left.ForEach(queue.Enqueue);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Không đọc được danh sách tệp đang chờ nhập.");
            }
        }

        await foreach (var id in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DossierImportService>().RunStagedAsync(id, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Nhập hồ sơ lô {Batch} thất bại.", id);
            }
        }
    }
}
