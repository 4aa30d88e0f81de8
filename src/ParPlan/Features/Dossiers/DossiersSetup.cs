using Microsoft.Extensions.DependencyInjection.Extensions;
using ParPlan.Features.Auth;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Dossiers;

/// <summary>Registers the dossier import: upload, staging, the column-map step, the background worker and its
/// endpoints. An import ends with a recomputation, so the import needs <c>AddIndicators</c> registered too.</summary>
public static class DossiersSetup
{
    public static WebApplicationBuilder AddDossiers(this WebApplicationBuilder builder)
    {
        builder.Services.AddDossierServices(builder.Configuration);
        builder.Services.AddHostedService<DossierImportWorker>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDossiers(this IEndpointRouteBuilder app)
    {
        app.MapDossierEndpoints();
        return app;
    }

    /// <summary>The services without the web host: used by the CLI verbs and the tests too.</summary>
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
        services.TryAddScoped<GovernmentOwnership>();
        return services;
    }
}
