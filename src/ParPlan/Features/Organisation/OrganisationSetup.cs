namespace ParPlan.Features.Organisation;

public static class OrganisationSetup
{
    public static WebApplication MapOrganisation(this WebApplication app)
    {
        app.MapUnitEndpoints();
        return app;
    }

    public static IServiceCollection AddOrganisationServices(this IServiceCollection services)
    {
        services.AddScoped<OrgTree>();
        services.AddScoped<IOrgTree>(sp => sp.GetRequiredService<OrgTree>());
        services.AddScoped<OrgCommands>();
        services.AddScoped<OrgGroups>();
        services.AddScoped<OrgQueries>();
        services.AddScoped<OrgOverviews>();
        services.AddScoped<OrgPageQueries>();
        services.AddScoped<OrgSuccessions>();
        return services;
    }
}
