using Microsoft.Extensions.Options;

namespace ParPlan.Features.FollowUp;

/// <summary>Runs <see cref="ReminderRunner"/> at start and then every interval, on the injected <see cref="TimeProvider"/>.</summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, IOptions<FollowUpOptions> options, TimeProvider time, ILogger<ReminderJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var created = await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunOnceAsync(stoppingToken);
                if (created > 0)
                {
                    logger.LogInformation("Đã tạo {Count} thông báo nhắc việc", created);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Lượt nhắc việc thất bại; sẽ thử lại ở lượt sau");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
