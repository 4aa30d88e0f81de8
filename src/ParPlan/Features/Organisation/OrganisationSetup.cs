namespace ParPlan.Features.Organisation;

public static class OrganisationSetup
{
    public static WebApplicationBuilder AddOrganisation(this WebApplicationBuilder builder)
    {
        builder.Services.AddOrganisationServices();
        return builder;
    }

    public static IServiceCollection AddOrganisationServices(this IServiceCollection services)
    {
        services.AddScoped<IOrgTree, OrgTree>();
        services.AddScoped<OrgTree>();
        return services;
    }
}
