namespace ParPlan.Features.Surveys;

/// <summary>Satisfaction surveys (SIPAS, docs/surveys.md): campaigns with their questions, responses from the API or from
/// CSV/XLSX files through a column-mapping step, results against targets, the XLSX export, and the feed of the survey
/// index to the indicator board.</summary>
public static class SurveysSetup
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        SurveyOptions.Validate(services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section));
        services.AddScoped<SurveyCalculation>();
        services.AddScoped<SurveySectorBoard>();
        services.AddScoped<SurveyQueries>();
        services.AddScoped<SurveyCommands>();
        services.AddScoped<SurveyQuestionCommands>();
        services.AddScoped<SurveyImportStep>();
        services.AddScoped<SurveyBoardFeed>();
        services.AddScoped<SurveyExport>();
        services.AddScoped<SurveyParPoints>();
        return services;
    }

    public static IEndpointRouteBuilder MapSurveys(this IEndpointRouteBuilder app)
    {
        app.MapSurveyEndpoints();
        app.MapSurveyForms();
        return app;
    }
}
