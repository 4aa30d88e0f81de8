using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Data;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Indicators;

/// <summary>Recomputes every indicator every <see cref="IndicatorOptions.RefreshHours"/> on the injected
/// <see cref="TimeProvider"/>. Imports recompute too, but the values of a running period also move with the clock alone:
/// a dossier still open becomes late when its due instant passes, with no new file. Skipped while the store holds no
/// dossier; off with 0.</summary>
public sealed class IndicatorRefreshJob(IServiceScopeFactory scopes, IOptions<IndicatorOptions> options, TimeProvider time,
    ILogger<IndicatorRefreshJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
}
