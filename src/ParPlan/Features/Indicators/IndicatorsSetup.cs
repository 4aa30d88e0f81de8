using Microsoft.Extensions.DependencyInjection.Extensions;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Indicators;

/// <summary>Registers the indicators: computation, the scheduled refresh, the board and its queries, targets and
/// plan-target links, and maps their endpoints (API, XLSX export, plan-target links).</summary>
public static class IndicatorsSetup
{
    public static WebApplicationBuilder AddIndicators(this WebApplicationBuilder builder)
    {
        builder.Services.AddIndicatorServices(builder.Configuration);
        builder.Services.AddHostedService<IndicatorRefreshJob>();
        return builder;
    }

    public static IEndpointRouteBuilder MapIndicators(this IEndpointRouteBuilder app)
    {
        app.MapIndicatorEndpoints();
        app.MapPlanTargetLinkEndpoints();
        return app;
    }

    /// <summary>The services without the web host: used by the CLI verbs and the tests too.</summary>
    public static IServiceCollection AddIndicatorServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<IndicatorOptions>, IndicatorOptionsValidator>();
        services.AddOptions<IndicatorOptions>().Bind(configuration.GetSection(IndicatorOptions.Section)).ValidateOnStart();
        services.TryAddScoped<GovernmentOwnership>();
        services.AddScoped<IndicatorComputer>();
        services.AddScoped<IndicatorQueries>();
        services.AddScoped<IndicatorBoardQueries>();
        services.AddScoped<IndicatorTargets>();
        services.AddScoped<PlanTargetLinker>();
        return services;
    }
}
