namespace ParPlan.Features.Reports;

/// <summary>The Reports feature's services and routes.</summary>
public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReportRegimes>();
        services.AddScoped<ReportUnits>();
        services.AddScoped<ReportAccess>();
        services.AddScoped<ReportData>();
        services.AddScoped<ReportConsolidation>();
        services.AddScoped<ReportQueries>();
        services.AddScoped<ReportCommands>();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app) => app.MapReportEndpoints();
}
