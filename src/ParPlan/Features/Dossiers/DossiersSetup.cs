using ParPlan.Features.Indicators;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Dossiers;

/// <summary>Registers the dossier import and the indicator computation (both features share one setup because an
/// import always ends with a recomputation).</summary>
public static class DossiersSetup
{
    public static WebApplication MapDossiers(this WebApplication app)
    {
        app.MapDossierEndpoints();
        app.MapIndicatorEndpoints();
        app.MapPlanTargetLinkEndpoints();
        return app;
    }

    /// <summary>The services and background jobs (jobs run only in the web host); called by <c>AddParPlanServices</c>.</summary>
    public static IServiceCollection AddDossierServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DossierImportOptions>().Bind(configuration.GetSection(DossierImportOptions.Section));
        services.AddUploadLimits();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<IndicatorOptions>, IndicatorOptionsValidator>();
        services.AddOptions<IndicatorOptions>().Bind(configuration.GetSection(IndicatorOptions.Section)).ValidateOnStart();
        services.AddSingleton<ImportProgress>();
        services.AddSingleton<ImportJobs>();
        services.AddScoped<DossierImporter>();
        services.AddScoped<DossierImportService>();
        services.AddScoped<DossierMaps>();
        services.AddScoped<ColumnMapStep>();
        services.AddScoped<DossierImportQueries>();
        services.AddScoped<IndicatorComputer>();
        services.AddScoped<IndicatorQueries>();
        services.AddScoped<IndicatorTargets>();
        services.AddScoped<PlanTargetLinker>();
        services.AddHostedService<DossierImportWorker>();
        services.AddHostedService<IndicatorRefreshJob>();
        return services;
    }
}
