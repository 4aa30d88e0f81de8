using ParPlan.Data;
using ParPlan.Infrastructure;

namespace ParPlan.Hosting;

/// <summary>The one way a CLI verb opens the store: the configuration checked as at <c>serve</c>, every feature's
/// services (<see cref="ParPlanServices"/>) without the web host, and the schema migrated.</summary>
public static class CliStore
{
    /// <exception cref="StartupConfigurationException">The configuration cannot run ParPlan (the message names the key).</exception>
    public static async Task<ServiceProvider> OpenAsync(IConfiguration settings, CancellationToken ct = default)
    {
        StartupChecks.ThrowIfInvalid(settings);
        var services = new ServiceCollection();
        services.AddSingleton(settings);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddParPlanServices(settings);
        var provider = services.BuildServiceProvider();
        Features.Dossiers.ImportTimings.Mark("mở kho: đăng ký dịch vụ");
        await DatabaseInitializer.MigrateAsync(provider, DatabaseOptions.FromConfiguration(settings), ct);
        return provider;
    }
}
