using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Components.Layout;
using ParPlan.Features.Auth;

namespace ParPlan.Tests.Components;

/// <summary>The page registry (<see cref="AppPages"/>) and the pages agree: every routable top-level page has its line,
/// every line names a page, and the policy on the line is the page's own, so the menu never offers a page to a role the
/// page would turn away (nor hides one from a role it lets in).</summary>
public sealed class PageRegistryTests
{
    /// <summary>Pages with @page, without route parameters, that are not anonymous (login and error pages are).</summary>
    private static readonly IReadOnlyList<(string Route, Type Page)> TopLevelPages = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttribute<AllowAnonymousAttribute>() is null)
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Route: r.Template, Page: t)))
        .Where(p => !p.Route.Contains('{', StringComparison.Ordinal))
        .ToList();

    [Fact]
    public void Every_routable_top_level_page_has_a_line_in_the_registry()
    {
        Assert.NotEmpty(TopLevelPages);
        var missing = TopLevelPages.Where(p => AppPages.All.All(e => e.Path != p.Route)).Select(p => $"{p.Route} ({p.Page.Name})");
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_registry_line_names_one_page_with_the_same_policy()
    {
        var failures = new List<string>();
        Assert.Equal(AppPages.All.Count, AppPages.All.Select(e => e.Path).Distinct().Count());
        foreach (var entry in AppPages.All)
        {
            var pages = TopLevelPages.Where(p => p.Route == entry.Path).ToList();
            if (pages.Count != 1)
            {
                failures.Add($"{entry.Path}: {pages.Count} pages have this route.");
                continue;
            }

            var rules = pages[0].Page.GetCustomAttributes<AuthorizeAttribute>().ToList();
            if (rules.Count != 1 || rules[0].Policy != entry.Policy || rules[0].Roles is not null)
            {
                failures.Add($"{entry.Path} ({pages[0].Page.Name}): the page needs [Authorize(Policy = Policies.…)] with the registry's policy "
                    + $"'{entry.Policy}', found {string.Join(", ", rules.Select(r => $"Policy={r.Policy} Roles={r.Roles}"))}.");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData(Roles.Admin, new[] { "/", "/nhiem-vu", "/theo-doi", "/bang-dieu-khien", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/chi-so-cchc/tham-dinh", "/kiem-tra", "/tim-kiem", "/bao-cao", "/bao-cao/cho-tiep-nhan", "/bao-cao/tong-hop", "/bao-cao/che-do", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi", "/to-chuc/nhom", "/to-chuc/thuong-truc", "/nhat-ky" })]
    [InlineData(Roles.StandingOfficer, new[] { "/", "/nhiem-vu", "/theo-doi", "/bang-dieu-khien", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/kiem-tra", "/tim-kiem", "/bao-cao", "/bao-cao/cho-tiep-nhan", "/bao-cao/tong-hop", "/bao-cao/che-do", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi", "/to-chuc/nhom", "/to-chuc/thuong-truc" })]
    [InlineData(Roles.UnitOfficer, new[] { "/", "/nhiem-vu", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/kiem-tra", "/tim-kiem", "/bao-cao", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi" })]
    [InlineData(Roles.Leader, new[] { "/", "/nhiem-vu", "/bang-dieu-khien", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/kiem-tra", "/tim-kiem", "/bao-cao", "/bao-cao/tong-hop", "/bao-cao/che-do", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi" })]
    [InlineData(Roles.Appraiser, new[] { "/", "/nhiem-vu", "/ke-hoach", "/chi-so", "/ho-so-tre-han", "/khao-sat", "/chi-so-cchc", "/chi-so-cchc/tham-dinh", "/kiem-tra", "/tim-kiem", "/bao-cao", "/doi-thoai", "/cam-ket", "/sang-kien", "/phan-anh-kien-nghi", "/don-vi" })]
    public async Task The_menu_of_each_role_holds_the_pages_its_policies_let_it_open(string role, string[] expected)
    {
        var menu = await AppPages.AllowedAsync(User(role), Authorization());

        Assert.Equal(expected, menu.Where(p => p.InMenu).Select(p => p.Path));
        foreach (var page in menu)
        {
            Assert.Contains(role, RolesOf(page.Policy));
        }
    }

    [Fact]
    public void The_breadcrumb_of_a_sub_page_leads_back_through_its_section_to_the_home_page()
    {
        Assert.Equal(["/", "/ke-hoach", "/ke-hoach/nhap"], AppPages.Trail("/ke-hoach/nhap").Select(p => p.Path));
        Assert.Equal(["/", "/ke-hoach"], AppPages.Trail("/ke-hoach/6f1c2e0a-0000-0000-0000-000000000001").Select(p => p.Path));
        Assert.Equal(["/"], AppPages.Trail("/").Select(p => p.Path));
    }

    /// <summary>The roles a named policy lets in, read from <see cref="Policies.Configure"/>: all roles when it only asks
    /// for a signed-in user.</summary>
    private static IReadOnlyCollection<string> RolesOf(string policy)
    {
        var options = new AuthorizationOptions();
        Policies.Configure(options);
        var requirement = options.GetPolicy(policy)!.Requirements.OfType<RolesAuthorizationRequirement>().SingleOrDefault();
        return requirement?.AllowedRoles.ToList() ?? [.. Roles.All];
    }

    private static IAuthorizationService Authorization()
    {
        var services = new ServiceCollection().AddLogging().AddAuthorization(Policies.Configure);
        return services.BuildServiceProvider().GetRequiredService<IAuthorizationService>();
    }

    private static ClaimsPrincipal User(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "thu"), new Claim(ClaimTypes.Role, role)], "test"));
}
