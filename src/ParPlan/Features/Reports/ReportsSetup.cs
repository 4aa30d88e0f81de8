using Microsoft.Extensions.DependencyInjection.Extensions;
using ParPlan.Features.Reports.Documents;

namespace ParPlan.Features.Reports;

/// <summary>The Reports feature's services and routes.</summary>
public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        // A value that is not true or false stops the start naming the key (the binder's error, raised by ValidateOnStart).
        services.AddOptions<ReportsOptions>().Bind(configuration.GetSection(ReportsOptions.Section))
            .Validate(o => o is not null, "Reports:Reminders phải là true hoặc false.").ValidateOnStart();
        services.AddScoped<ReportRegimes>();
        services.AddScoped<ReportUnits>();
        services.AddScoped<ReportAccess>();
        services.AddScoped<ReportData>();
        services.AddScoped<ReportInspectionRows>();
        services.AddScoped<ReportRecordRows>();
        services.AddScoped<ReportRemediationRows>();
        services.AddScoped<ReportSurveyRows>();
        services.AddScoped<ReportAnnexFill>();
        services.AddScoped<ReportConsolidation>();
        services.AddScoped<ReportQueries>();
        services.AddScoped<ReportCommands>();
        services.AddScoped<ReportHeaderFacts>();
        services.AddScoped<ReportDocuments>();
        services.AddScoped<IFollowUpSource, ReportReminders>();
        services.AddScoped<Regimes.RegimeAccess>();
        services.AddScoped<Regimes.RegimeQueries>();
        services.AddScoped<Regimes.RegimeCommands>();
        services.TryAddSingleton(_ => new ParPlan.Core.Documents.Decree30.LibreOfficePdfConverter());
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapReportEndpoints();
        app.MapPlanDocumentEndpoints();
        return app;
    }
}
