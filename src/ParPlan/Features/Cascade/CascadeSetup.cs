namespace ParPlan.Features.Cascade;

/// <summary>The Cascade feature's services and routes.</summary>
public static class CascadeSetup
{
    public static IServiceCollection AddCascade(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PlanReach>();
        services.AddScoped<CascadeQueries>();
        services.AddScoped<CascadeCommands>();
        services.AddScoped<CascadeAccess>();
        services.AddScoped<ChildPlanBuilder>();
        services.AddScoped<LinkProposals>();
        services.AddScoped<IFollowUpSource, CascadeFollowUp>();
        return services;
    }

    public static IEndpointRouteBuilder MapCascade(this IEndpointRouteBuilder app)
    {
        app.MapCascadeEndpoints();
        return app;
    }
}
