using Microsoft.Extensions.Options;

namespace ParPlan.Features.Plans;

public static class PlansSetup
{
    public static WebApplicationBuilder AddPlans(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlanImportOptions>().BindConfiguration(PlanImportOptions.Section)
            .Validate(o => o.MaxBytes > 0, "Plans:Import:MaxBytes phải lớn hơn 0.");
        builder.Services.AddScoped<UnitResolver>();
        builder.Services.AddScoped<PlanImporter>();
        builder.Services.AddScoped<PlanAccess>();
        builder.Services.AddScoped<PlanQueries>();
        builder.Services.AddScoped<PlanCommands>();
        return builder;
    }

    public static WebApplication MapPlans(this WebApplication app)
    {
        var limit = app.Services.GetRequiredService<IOptions<PlanImportOptions>>().Value.MaxBytes;
        app.MapPlanEndpoints(limit);
        app.MapPlanImportForm(limit);
        return app;
    }
}
