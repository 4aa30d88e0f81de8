using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Tests.Features.Auth;

/// <summary>The demo store (<c>serve --demo</c>) and its contract logins, shared by the demo scope tests.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed class DemoWorld : IAsyncLifetime
#pragma warning restore CA1001
{
    public ParPlanFactory App { get; } = new(new() { ["Demo:Enabled"] = "true" });

    /// <summary>Starting the host runs the demo seeder.</summary>
    public Task InitializeAsync()
    {
        using var client = App.CreateClient();
        return Task.CompletedTask;
    }

    public async Task<Guid> UnitAsync(string code)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The principal Identity puts in the cookie for a demo login.</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(string userName)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        return await factory.CreateAsync((await users.FindByNameAsync(userName))!);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class DemoScopeTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    private const string VinhLinh = "QT.XA.VINHLINH", VinhLinhVhxh = "QT.XA.VINHLINH.VHXH", VinhThuyVhxh = "QT.XA.VINHTHUY.VHXH";

    [Fact]
    public async Task The_vinh_linh_culture_officer_cannot_read_the_vinh_thuy_culture_office()
    {
        using var client = await demo.App.LoginAsync("donvi.vinhlinh.vhxh");

        var other = await client.GetAsync($"/api/units/{await demo.UnitAsync(VinhThuyVhxh)}");
        var own = await client.GetAsync($"/api/units/{await demo.UnitAsync(VinhLinhVhxh)}");

        Assert.True(other.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, other.StatusCode.ToString());
        Assert.DoesNotContain("Vĩnh Thủy", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task The_unit_tree_page_shows_each_user_their_scope_only()
    {
        using var officer = await demo.App.LoginAsync("donvi.vinhlinh.vhxh");
        using var commune = await demo.App.LoginAsync("thuongtruc.vinhlinh");
        using var leader = await demo.App.LoginAsync("lanhdao.tinh");

        var officerPage = await officer.GetStringAsync("/don-vi");
        var communePage = await commune.GetStringAsync("/don-vi");
        var leaderPage = await leader.GetStringAsync("/don-vi");

        // The page names units, never their codes; each row carries its unit's id in data-unit.
        async Task<string> Row(string code) => $"data-unit=\"{await demo.UnitAsync(code)}\"";
        Assert.Contains(await Row(VinhLinhVhxh), officerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(await Row("QT.XA.VINHLINH.HCC"), officerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(await Row(VinhThuyVhxh), officerPage, StringComparison.Ordinal);
        Assert.Contains(await Row("QT.XA.VINHLINH.HCC"), communePage, StringComparison.Ordinal);
        Assert.DoesNotContain(await Row(VinhThuyVhxh), communePage, StringComparison.Ordinal);
        Assert.DoesNotContain(await Row("QT.XA.VINHTHUY"), communePage, StringComparison.Ordinal);
        Assert.Contains(await Row(VinhThuyVhxh), leaderPage, StringComparison.Ordinal);
        Assert.DoesNotContain(VinhLinhVhxh, officerPage + communePage + leaderPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_vinh_linh_standing_officer_cannot_read_vinh_thuy_but_the_provincial_one_can()
    {
        var target = await demo.UnitAsync(VinhThuyVhxh);
        using var commune = await demo.App.LoginAsync("thuongtruc.vinhlinh");
        using var province = await demo.App.LoginAsync("thuongtruc.tinh");

        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/api/units/{target}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/units/{target}")).StatusCode);
    }

    [Fact]
    public async Task The_leader_reads_the_province_but_cannot_write()
    {
        await using var scope = demo.App.Services.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<IUnitScope>();
        var leader = await demo.PrincipalAsync("lanhdao.tinh");
        var unit = await demo.UnitAsync(VinhLinhVhxh);

        Assert.True(await units.AllowsAsync(leader, ScopeAction.Read, unit));
        Assert.False(await units.AllowsAsync(leader, ScopeAction.Write, unit));
        Assert.False(await units.AllowsAsync(leader, ScopeAction.Appraise, unit));
    }

    [Fact]
    public async Task The_appraiser_appraises_the_communes_of_the_province_but_writes_nothing()
    {
        await using var scope = demo.App.Services.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<IUnitScope>();
        var appraiser = await demo.PrincipalAsync("thamdinh.tinh");
        var commune = await demo.UnitAsync(VinhLinh);

        Assert.True(await units.AllowsAsync(appraiser, ScopeAction.Read, await demo.UnitAsync(VinhThuyVhxh)));
        Assert.True(await units.AllowsAsync(appraiser, ScopeAction.Appraise, commune));
        Assert.False(await units.AllowsAsync(appraiser, ScopeAction.Write, commune));
        Assert.False(await units.AllowsAsync(appraiser, ScopeAction.Appraise, await demo.UnitAsync("QT")));
    }

    [Fact]
    public async Task Only_the_administrator_administers()
    {
        await using var scope = demo.App.Services.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<IUnitScope>();
        var unit = await demo.UnitAsync(VinhLinh);

        Assert.True(await units.AllowsAsync(await demo.PrincipalAsync("admin"), ScopeAction.Administer, unit));
        Assert.False(await units.AllowsAsync(await demo.PrincipalAsync("thuongtruc.tinh"), ScopeAction.Administer, unit));
    }
}
