using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Data;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Indicators;

/// <summary>Recomputes every indicator every <see cref="IndicatorOptions.RefreshHours"/> on the injected
/// <see cref="TimeProvider"/>. Imports recompute too, but the values of a running period also move with the clock alone:
/// a dossier still open becomes late when its due instant passes, with no new file. Skipped while the store holds no
/// dossier; off with 0. At start it first computes what an import left pending (see <see cref="ImportBatch.IndicatorsPending"/>),
/// even when the schedule is off.</summary>
public sealed class IndicatorRefreshJob(IServiceScopeFactory scopes, IOptions<IndicatorOptions> options, TimeProvider time,
    ILogger<IndicatorRefreshJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecomputePendingAsync(stoppingToken);
        if (options.Value.RefreshHours <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.RefreshHours), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (!await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Dossier>().AnyAsync(stoppingToken))
                {
                    continue;
                }

                var summary = await scope.ServiceProvider.GetRequiredService<IndicatorComputer>().ComputeAsync(stoppingToken);
                logger.LogInformation("Đã tính lại chỉ số theo lịch: {Values} giá trị, {Seconds:0.0} s", summary.Values, summary.Elapsed.TotalSeconds);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Tính lại chỉ số theo lịch thất bại; sẽ thử lại ở lượt sau");
            }
        }
    }

    /// <summary>At start: an import whose rows committed but whose computation did not (the app stopped in between)
    /// is computed now, whatever the schedule.</summary>
    private async Task RecomputePendingAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var computer = scope.ServiceProvider.GetRequiredService<IndicatorComputer>();
            if (!await computer.PendingAsync(ct)) return;
            var summary = await computer.ComputeAsync(ct);
            logger.LogInformation("Đã tính chỉ số còn dở của lần nhập trước: {Values} giá trị, {Seconds:0.0} s", summary.Values, summary.Elapsed.TotalSeconds);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Tính chỉ số còn dở của lần nhập trước thất bại; lượt tính theo lịch sẽ thử lại");
        }
    }
}
