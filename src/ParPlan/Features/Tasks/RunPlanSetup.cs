using ParPlan.Features.Dashboard;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Search;

namespace ParPlan.Features.Tasks;

/// <summary>Composes the "run a plan" features (tasks, follow-up, dashboard, search); each registers and maps itself in
/// its own <c>XSetup</c>.</summary>
public static class RunPlanSetup
{
    public static WebApplicationBuilder AddRunPlan(this WebApplicationBuilder builder)
    {
        builder.Services.AddTasks(builder.Configuration);
        builder.Services.AddFollowUp(builder.Configuration);
        builder.Services.AddDashboard(builder.Configuration);
        builder.Services.AddSearch(builder.Configuration);
        return builder;
    }

    public static WebApplication MapRunPlan(this WebApplication app)
    {
        app.MapTasks();
        app.MapFollowUp();
        app.MapDashboard();
        app.MapSearch();
        return app;
    }
}
