namespace ParPlan.Features.Cascade;

/// <summary>The Cascade feature's services and routes.</summary>
public static class CascadeSetup
{
    public static IServiceCollection AddCascade(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapCascade(this IEndpointRouteBuilder app) => app;
}
