namespace ParPlan.Features.Search;

/// <summary>Search: its queries and its route. The index is kept by <see cref="SearchIndexInterceptor"/>, which the
/// data layer adds to every context.</summary>
public static class SearchSetup
{
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SearchQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app) => app.MapSearchEndpoints();
}
