using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// A deliberately broken feature Setup for ArchitectureTests: it lives in a feature namespace of its own ("Broken") and
// registers a service of the Plans feature.
namespace ParPlan.Features.Broken;

internal static class BrokenSetup
{
    public static IServiceCollection AddBroken(this IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<ParPlan.Features.Plans.PlanQueries>();
}
