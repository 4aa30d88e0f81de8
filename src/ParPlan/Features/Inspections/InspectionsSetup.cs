namespace ParPlan.Features.Inspections;

/// <summary>The Inspections feature's services and routes.</summary>
public static class InspectionsSetup
{
    public static IServiceCollection AddInspections(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapInspections(this IEndpointRouteBuilder app) => app;
}
