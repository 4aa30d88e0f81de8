using ParPlan.Infrastructure;

namespace ParPlan.Features.Dossiers;

/// <summary>Registers the dossier import: upload, staging, the column-map step, the background worker and its
/// endpoints. An import ends with a recomputation, so the import needs the indicators registered too (<c>AddIndicatorServices</c>).</summary>
public static class DossiersSetup
{
    public static WebApplication MapDossiers(this WebApplication app)
    {
        app.MapDossierEndpoints();
        return app;
    }

    /// <summary>The services and background jobs (jobs run only in the web host); called by <c>AddParPlanServices</c>.</summary>
    public static IServiceCollection AddDossierServices(this IServiceCollection services, IConfiguration configuration)
    {
        DossierImportOptions.Validate(services.AddOptions<DossierImportOptions>().Bind(configuration.GetSection(DossierImportOptions.Section)));
        services.AddUploadLimits();
        services.AddSingleton<ImportProgress>();
        services.AddSingleton<ImportJobs>();
        services.AddScoped<DossierImporter>();
        services.AddScoped<DossierImportService>();
        services.AddScoped<DossierMaps>();
        services.AddScoped<ColumnMapStep>();
        services.AddScoped<DossierImportQueries>();
        services.AddHostedService<DossierImportWorker>();
        return services;
    }
}
