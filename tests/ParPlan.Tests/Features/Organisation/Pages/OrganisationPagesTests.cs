using System.Reflection;
using Microsoft.AspNetCore.Components;
using ParPlan.Data;
using ParPlan.Features.Organisation.Pages;

namespace ParPlan.Tests.Features.Organisation.Pages;

/// <summary>The organisation pages read and write only through the feature's services, and there is one unit tree.</summary>
public sealed class OrganisationPagesTests
{
    private static readonly Type[] OrganisationPages = typeof(UnitTreePage).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(UnitTreePage).Namespace && typeof(IComponent).IsAssignableFrom(t))
        .ToArray();

    [Fact]
    public void No_organisation_page_injects_the_database_context()
    {
        Assert.Contains(typeof(UnitDetailPage), OrganisationPages);
        var injecting = OrganisationPages
            .Where(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Any(p => p.GetCustomAttribute<InjectAttribute>() is not null && typeof(AppDbContext).IsAssignableFrom(p.PropertyType)))
            .Select(t => t.Name);
        Assert.Empty(injecting);
    }

    [Fact]
    public void One_page_serves_the_unit_tree_under_both_addresses_users_have()
    {
        var trees = typeof(UnitTreePage).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<RouteAttribute>().Any(r => r.Template is "/don-vi" or "/to-chuc"))
            .ToList();
        Assert.Equal([typeof(UnitTreePage)], trees);
        Assert.Equal(["/don-vi", "/to-chuc"], typeof(UnitTreePage).GetCustomAttributes<RouteAttribute>().Select(r => r.Template).Order());
    }

    [Fact]
    public void No_organisation_page_reads_a_success_message_from_the_address()
    {
        var fromQuery = OrganisationPages
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { Name: "tb" })
                .Select(p => $"{t.Name}.{p.Name}"));
        Assert.Empty(fromQuery);
    }
}
