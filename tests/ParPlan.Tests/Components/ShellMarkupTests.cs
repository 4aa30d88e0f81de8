using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using ParPlan.Data;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Components;

/// <summary>What every answer of the shell carries, and how the home page gets its data.</summary>
public sealed class ShellMarkupTests
{
    [Fact]
    public async Task The_login_page_has_its_own_title_and_a_favicon_that_is_served()
    {
        await using var app = new ParPlanFactory();
        using var client = app.CreateBrowserlessClient();

        var html = await client.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative));

        Assert.Contains("<title>Đăng nhập – ParPlan</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>ParPlan</title>", html, StringComparison.Ordinal);
        var icon = System.Text.RegularExpressions.Regex.Match(html, "<link rel=\"icon\"[^>]*href=\"([^\"]+)\"");
        Assert.True(icon.Success, "no favicon link in the page head");
        var response = await client.GetAsync(new Uri("/" + icon.Groups[1].Value.TrimStart('/'), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void The_home_page_and_its_parts_read_through_the_feature_query_services_not_the_database_context()
    {
        var homeParts = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace == "ParPlan.Components.Pages" && t.Name.StartsWith("Home", StringComparison.Ordinal)
                && typeof(IComponent).IsAssignableFrom(t))
            .ToList();
        Assert.Contains(homeParts, t => t.Name == "Home");

        var withDb = homeParts.Where(t => t.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Any(p => p.GetCustomAttribute<InjectAttribute>() is not null && typeof(AppDbContext).IsAssignableFrom(p.PropertyType)));
        Assert.Empty(withDb.Select(t => t.Name));
    }
}
