namespace ParPlan.Features.Surveys;

/// <summary>Satisfaction surveys (SIPAS, docs/records.md): campaigns, responses and results, through the contract's API.</summary>
public static class SurveysSetup
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddScoped<SurveyQueries>();
        services.AddScoped<SurveyCommands>();
        return services;
    }

    public static IEndpointRouteBuilder MapSurveys(this IEndpointRouteBuilder app) => app.MapSurveyEndpoints();
}
