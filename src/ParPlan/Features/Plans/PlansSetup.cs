using Microsoft.Extensions.Options;
using ParPlan.Features.Plans.OpenClasses;
using ParPlan.Features.Plans.Triggers;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Plans;

public static class PlansSetup
{
    /// <summary>The plans services without the endpoints (the data tests use them on a bare service provider).</summary>
    public static IServiceCollection AddPlanServices(this IServiceCollection services)
    {
        services.AddOptions<PlanImportOptions>().BindConfiguration(PlanImportOptions.Section)
            .Validate(o => o.MaxBytes > 0, "Plans:Import:MaxBytes phải lớn hơn 0 (số byte của tệp kế hoạch lớn nhất, ví dụ 10485760 cho 10 MB).")
            .ValidateOnStart();
        services.AddUploadLimits();
        services.AddScoped<UnitResolver>();
        services.AddScoped<PlanImporter>();
        services.AddScoped<PlanAccess>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<PlanCommands>();
        services.AddScoped<PlanIssueQueries>();
        services.AddScoped<TaskDeadlineQueries>();
        services.AddScoped<TaskDeadlineCommands>();
        services.AddScoped<TriggerHistory>();
        services.AddScoped<OpenClassQueries>();
        services.AddScoped<OpenClassCommands>();
        return services;
    }

    public static WebApplication MapPlans(this WebApplication app)
    {
        var limit = app.Services.GetRequiredService<IOptions<PlanImportOptions>>().Value.MaxBytes;
        app.MapPlanEndpoints(limit);
        app.MapPlanImportForm(limit);
        app.MapTaskDeadlineEndpoints();
        app.MapOpenClassEndpoints();
        return app;
    }
}
