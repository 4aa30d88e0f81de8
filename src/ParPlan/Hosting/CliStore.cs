using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
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
        var provider = Everything(settings);
        ImportTimings.Mark("mở kho: đăng ký dịch vụ");
        await DatabaseInitializer.MigrateAsync(provider, DatabaseOptions.FromConfiguration(settings), ct);
        return provider;
    }

    /// <summary>As <see cref="OpenAsync"/>, for <c>dossiers import</c> of the whole province (no <c>--government</c>): only
    /// the services the import and the computation after it resolve (<see cref="AddImport"/>), no EF Core, Identity or
    /// other feature, whose registration was a tenth of a month's import. The same configuration check and the same
    /// migrations check; a store that must be migrated is migrated through every feature's services, built only then.</summary>
    /// <exception cref="StartupConfigurationException">The configuration cannot run ParPlan (the message names the key).</exception>
    /// <exception cref="StoreSchemaMismatchException">The store was made by another build.</exception>
    public static async Task<ServiceProvider> OpenForImportAsync(IConfiguration settings, CancellationToken ct = default)
    {
        StartupChecks.ThrowIfInvalid(settings);
        var services = new ServiceCollection();
        services.AddSingleton(settings);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddImport(settings);
        var provider = services.BuildServiceProvider();
        ImportTimings.Mark("mở kho: đăng ký dịch vụ");
        var options = DatabaseOptions.FromConfiguration(settings);
        if (!await DatabaseInitializer.IsCurrentAsync(provider.GetRequiredService<StoreConnections>(), options, ct))
        {
            await using var everything = Everything(settings);
            await DatabaseInitializer.MigrateAsync(everything, options, ct);
        }

        return provider;
    }

    /// <summary>What <see cref="DossierImporter"/> and <see cref="IndicatorComputer"/> are built from: the store's settings and
    /// connections, the audit actor, and the dossier and indicator features' own registrations (their options, checked as at
    /// <c>serve</c>).</summary>
    internal static IServiceCollection AddImport(this IServiceCollection services, IConfiguration settings)
    {
        services.AddStoreConnections(settings);
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditActor>();
        services.AddDossierServices(settings);
        services.AddIndicatorServices(settings);
        return services;
    }

    private static ServiceProvider Everything(IConfiguration settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(settings);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddParPlanServices(settings);
        return services.BuildServiceProvider();
    }
}
