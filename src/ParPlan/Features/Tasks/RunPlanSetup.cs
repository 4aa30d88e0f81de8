using ParPlan.Features.Dashboard;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Search;

namespace ParPlan.Features.Tasks;

/// <summary>Composition of the "run a plan" features: tasks, follow-up, dashboard and search.</summary>
public static class RunPlanSetup
{
    public static IServiceCollection AddRunPlan(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddTasks(configuration);
        services.AddFollowUp(configuration);
        services.AddScoped<TaskBoard>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<SearchQueries>();
        return services;
    }

    public static WebApplication MapRunPlan(this WebApplication app)
    {
        app.MapTaskEndpoints();
        app.MapFollowUpEndpoints();
        app.MapDashboardEndpoints();
        app.MapSearchEndpoints();
        return app;
    }
}
