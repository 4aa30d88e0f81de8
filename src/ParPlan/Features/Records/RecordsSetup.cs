namespace ParPlan.Features.Records;

/// <summary>The records the plans require the standing agency to keep (docs/records.md): for now the late dossiers'
/// explanations and apologies, with their pages and API.</summary>
public static class RecordsSetup
{
    public static IServiceCollection AddRecords(this IServiceCollection services)
    {
        services.AddScoped<LateDossierQueries>();
        services.AddScoped<LateDossierCommands>();
        return services;
    }

    public static IEndpointRouteBuilder MapRecords(this IEndpointRouteBuilder app)
    {
        app.MapLateDossierEndpoints();
        return app;
    }
}
