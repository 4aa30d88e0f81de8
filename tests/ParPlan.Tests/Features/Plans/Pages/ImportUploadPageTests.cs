using System.Reflection;
using Microsoft.AspNetCore.Components;
using ParPlan.Data;
using ParPlan.Features.Demo;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Plans.Pages;

public sealed class ImportUploadPageTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    [Fact]
    public void No_plans_page_or_panel_injects_the_database_context()
    {
        var components = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.Namespace?.StartsWith("ParPlan.Features.Plans", StringComparison.Ordinal) == true)
            .ToList();
        var offenders = components.Where(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Any(p => p.PropertyType == typeof(AppDbContext) && p.GetCustomAttribute<InjectAttribute>() is not null)).Select(t => t.Name);

        Assert.NotEmpty(components);
        Assert.Empty(offenders);
    }

    [Fact]
    public async Task The_administrator_picks_a_government_by_name_among_those_in_force()
    {
        using var admin = await demo.App.LoginAsync("admin", DemoUsers.Password);

        var page = await admin.GetStringAsync("/ke-hoach/nhap");

        Assert.Contains("id=\"plan-government\"", page, StringComparison.Ordinal);
        Assert.Contains("xã Vĩnh Linh", page, StringComparison.Ordinal);
        Assert.DoesNotContain("(QT.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("thị trấn Bến Quan", page, StringComparison.Ordinal); // abolished
    }
}
