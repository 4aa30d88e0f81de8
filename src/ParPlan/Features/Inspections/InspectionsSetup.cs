namespace ParPlan.Features.Inspections;

/// <summary>The Inspections feature's services and routes.</summary>
public static class InspectionsSetup
{
    public static IServiceCollection AddInspections(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<InspectionAccess>();
        services.AddScoped<InspectableUnits>();
        services.AddScoped<InspectionQueries>();
        services.AddScoped<InspectionCommands>();
        services.AddScoped<InspectionRemedies>();
        services.AddScoped<InspectionActuals>();
        return services;
    }

    public static IEndpointRouteBuilder MapInspections(this IEndpointRouteBuilder app)
    {
        app.MapInspectionEndpoints();
        return app;
    }
}
