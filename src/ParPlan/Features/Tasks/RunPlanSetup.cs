using ParPlan.Features.Dashboard;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Search;

namespace ParPlan.Features.Tasks;

/// <summary>Composition of the "run a plan" features: tasks, follow-up, dashboard and search.</summary>
public static class RunPlanSetup
{
    public static WebApplicationBuilder AddRunPlan(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddTasks(builder.Configuration);
        builder.Services.AddFollowUp(builder.Configuration);
        builder.Services.AddScoped<TaskBoard>();
        builder.Services.AddScoped<DashboardQueries>();
        builder.Services.AddScoped<SearchQueries>();
        return builder;
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
