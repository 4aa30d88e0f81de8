namespace ParPlan.Features.Dashboard;

/// <summary>The dashboard: its queries, its XLSX export and its routes.</summary>
public static class DashboardSetup
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DashboardQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app) => app.MapDashboardEndpoints();
}
