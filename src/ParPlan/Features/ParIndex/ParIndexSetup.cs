namespace ParPlan.Features.ParIndex;

/// <summary>The ParIndex feature's services and routes.</summary>
public static class ParIndexSetup
{
    public static IServiceCollection AddParIndex(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    public static IEndpointRouteBuilder MapParIndex(this IEndpointRouteBuilder app) => app;
}
