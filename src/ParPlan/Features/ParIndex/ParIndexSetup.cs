namespace ParPlan.Features.ParIndex;

/// <summary>The ParIndex feature's services and routes.</summary>
public static class ParIndexSetup
{
    public static IServiceCollection AddParIndex(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ParSetCache>();
        services.AddScoped<ParAccess>();
        services.AddScoped<ParOwedQueries>();
        services.AddScoped<ParSetCommands>();
        services.AddScoped<ParSetImport>();
        services.AddScoped<ParAssessmentQueries>();
        services.AddScoped<ParWriter>();
        services.AddScoped<ParProposals>();
        services.AddScoped<ParSelfAssessment>();
        services.AddScoped<ParAppraisal>();
        services.AddScoped<ParEvidenceCommands>();
        services.AddScoped<ParResults>();
        services.AddScoped<ParPageQueries>();
        services.AddScoped<ParExports>();
        services.AddScoped<ParRemediationProposals>();
        services.AddScoped<ParDocumentHeaders>();
        services.AddScoped<ParRemediationQueries>();
        services.AddScoped<ParRemediationPlans>();
        services.AddScoped<ParRemediationCommands>();
        return services;
    }

    public static IEndpointRouteBuilder MapParIndex(this IEndpointRouteBuilder app)
    {
        app.MapParEndpoints();
        return app;
    }
}
