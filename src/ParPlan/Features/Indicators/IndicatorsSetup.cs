namespace ParPlan.Features.Indicators;

/// <summary>Registers the indicators: computation, the scheduled refresh, the board and its queries, targets and
/// plan-target links, and maps their endpoints (API, XLSX export, plan-target links).</summary>
public static class IndicatorsSetup
{
    public static IEndpointRouteBuilder MapIndicators(this IEndpointRouteBuilder app)
    {
        app.MapIndicatorEndpoints();
        app.MapPlanTargetLinkEndpoints();
        return app;
    }

    /// <summary>The services and the scheduled refresh (jobs run only in the web host); called by <c>AddParPlanServices</c>.</summary>
    public static IServiceCollection AddIndicatorServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<IndicatorOptions>, IndicatorOptionsValidator>();
        services.AddOptions<IndicatorOptions>().Bind(configuration.GetSection(IndicatorOptions.Section)).ValidateOnStart();
        services.AddScoped<IndicatorComputer>();
        services.AddScoped<IndicatorQueries>();
        services.AddScoped<IndicatorBoardQueries>();
        services.AddScoped<IndicatorTargets>();
        services.AddScoped<PlanTargetLinker>();
        services.AddHostedService<IndicatorRefreshJob>();
        services.AddHostedService<IndicatorBoardWarmUp>();
        return services;
    }
}
