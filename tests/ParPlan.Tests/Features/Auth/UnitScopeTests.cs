using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Tests.Features.Auth;

/// <summary>A small province with two communes and one user per role, shared by the scope tests.</summary>
#pragma warning disable CA1001 // xunit disposes through IAsyncLifetime.DisposeAsync
public sealed class ScopeWorld : IAsyncLifetime
#pragma warning restore CA1001
{
    public ParPlanFactory App { get; } = new();

    public Guid Province { get; private set; }

    public Dictionary<string, Guid> Units { get; } = [];

    public async Task InitializeAsync()
    {
        var app = App;
        Guid province, homeAffairs, vinhLinh, vinhLinhVhxh, vinhLinhHcc, vinhThuy, vinhThuyVhxh;
        province = await app.AddUnitAsync("T.QT", "UBND tỉnh Quảng Trị", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        homeAffairs = await app.AddUnitAsync("T.QT.SNV", "Sở Nội vụ", UnitKind.Department, UnitLevel.Province, province);
        vinhLinh = await app.AddUnitAsync("T.QT.VL", "UBND xã Vĩnh Linh", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        vinhLinhVhxh = await app.AddUnitAsync("T.QT.VL.VHXH", "Phòng Văn hoá – Xã hội", UnitKind.Department, UnitLevel.Agency, vinhLinh);
        vinhLinhHcc = await app.AddUnitAsync("T.QT.VL.HCC", "Trung tâm Phục vụ hành chính công", UnitKind.OneStopCentre, UnitLevel.Agency, vinhLinh);
        vinhThuy = await app.AddUnitAsync("T.QT.VT", "UBND xã Vĩnh Thủy", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        vinhThuyVhxh = await app.AddUnitAsync("T.QT.VT.VHXH", "Phòng Văn hóa - Xã hội xã Vĩnh Thủy", UnitKind.Department, UnitLevel.Agency, vinhThuy);
        await app.AddUserAsync("thuongtruc.tinh", Roles.StandingOfficer, province);
        await app.AddUserAsync("thuongtruc.vinhlinh", Roles.StandingOfficer, vinhLinh);
        await app.AddUserAsync("donvi.vinhlinh.vhxh", Roles.UnitOfficer, vinhLinhVhxh);
        await app.AddUserAsync("lanhdao.tinh", Roles.Leader, province);
        await app.AddUserAsync("thamdinh.tinh", Roles.Appraiser, homeAffairs);
        Province = province;
        Units["province"] = province;
        Units["homeAffairs"] = homeAffairs;
        Units["vinhLinh"] = vinhLinh;
        Units["vinhLinhVhxh"] = vinhLinhVhxh;
        Units["vinhLinhHcc"] = vinhLinhHcc;
        Units["vinhThuy"] = vinhThuy;
        Units["vinhThuyVhxh"] = vinhThuyVhxh;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Each role is confined to its scope.</summary>
public sealed class UnitScopeTests(ScopeWorld world) : IClassFixture<ScopeWorld>
{
    private readonly ParPlanFactory app = world.App;
    private readonly Guid province = world.Units["province"], vinhLinh = world.Units["vinhLinh"], vinhLinhVhxh = world.Units["vinhLinhVhxh"],
        vinhLinhHcc = world.Units["vinhLinhHcc"], vinhThuy = world.Units["vinhThuy"], vinhThuyVhxh = world.Units["vinhThuyVhxh"];

    [Fact]
    public async Task A_unit_officer_cannot_read_another_communes_unit_and_learns_nothing_about_it()
    {
        using var client = await app.LoginAsync("donvi.vinhlinh.vhxh");

        var other = await client.GetAsync($"/api/units/{vinhThuyVhxh}");
        var own = await client.GetAsync($"/api/units/{vinhLinhVhxh}");
        var sibling = await client.GetAsync($"/api/units/{vinhLinhHcc}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Vĩnh Thủy", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sibling.StatusCode);
        var tree = await client.GetFromJsonAsync<JsonElement[]>("/api/units");
        Assert.Equal([vinhLinhVhxh], tree!.Select(u => u.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_commune_standing_officer_sees_their_commune_only()
    {
        using var client = await app.LoginAsync("thuongtruc.vinhlinh");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/units/{vinhLinhHcc}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/units/{vinhThuy}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/units/{province}")).StatusCode);
        var tree = await client.GetFromJsonAsync<JsonElement[]>("/api/units");
        Assert.Equal(new[] { vinhLinh, vinhLinhVhxh, vinhLinhHcc }.Order(), tree!.Select(u => u.GetProperty("id").GetGuid()).Order());
    }

    [Fact]
    public async Task The_provincial_standing_officer_sees_the_whole_province()
    {
        using var client = await app.LoginAsync("thuongtruc.tinh");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/units/{vinhThuyVhxh}")).StatusCode);
        Assert.Equal(7, (await client.GetFromJsonAsync<JsonElement[]>("/api/units"))!.Length);
    }

    public static TheoryData<string, string, ScopeAction, string, bool> Rules() => new()
    {
        // role, user's unit, action, target unit, allowed
        { Roles.Admin, "", ScopeAction.Administer, "vinhThuyVhxh", true },
        { Roles.StandingOfficer, "province", ScopeAction.Write, "vinhThuyVhxh", true },
        { Roles.StandingOfficer, "province", ScopeAction.Appraise, "vinhThuy", false },
        { Roles.StandingOfficer, "province", ScopeAction.Administer, "vinhThuy", false },
        { Roles.StandingOfficer, "vinhLinh", ScopeAction.Write, "vinhLinhHcc", true },
        { Roles.StandingOfficer, "vinhLinh", ScopeAction.Read, "vinhThuyVhxh", false },
        { Roles.UnitOfficer, "vinhLinhVhxh", ScopeAction.Write, "vinhLinhVhxh", true },
        { Roles.UnitOfficer, "vinhLinhVhxh", ScopeAction.Read, "vinhLinh", false },
        { Roles.UnitOfficer, "vinhLinhVhxh", ScopeAction.Read, "vinhThuyVhxh", false },
        { Roles.Leader, "province", ScopeAction.Read, "vinhThuyVhxh", true },
        { Roles.Leader, "province", ScopeAction.Write, "province", false },
        { Roles.Leader, "province", ScopeAction.Write, "vinhLinhVhxh", false },
        { Roles.Appraiser, "homeAffairs", ScopeAction.Read, "vinhLinhVhxh", true },
        { Roles.Appraiser, "homeAffairs", ScopeAction.Appraise, "vinhLinh", true },
        { Roles.Appraiser, "homeAffairs", ScopeAction.Appraise, "province", false },
        { Roles.Appraiser, "homeAffairs", ScopeAction.Write, "vinhLinh", false },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task The_scope_rules_hold_for_each_role(string role, string userUnit, ScopeAction action, string target, bool allowed)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<IUnitScope>();

        var actual = await units.AllowsAsync(Principal(role, userUnit), action, Unit(target));

        Assert.Equal(allowed, actual);
    }

    public static TheoryData<string, string, bool> PolicyRules() => new()
    {
        { Roles.Leader, Policies.SignedIn, true },
        { Roles.Leader, Policies.EditPlans, false },
        { Roles.Leader, Policies.Appraise, false },
        { Roles.UnitOfficer, Policies.EditPlans, true },
        { Roles.UnitOfficer, Policies.ManagePlans, false },
        { Roles.StandingOfficer, Policies.ManagePlans, true },
        { Roles.StandingOfficer, Policies.Administer, false },
        { Roles.Appraiser, Policies.Appraise, true },
        { Roles.Appraiser, Policies.EditPlans, false },
        { Roles.Admin, Policies.Administer, true },
    };

    [Theory]
    [MemberData(nameof(PolicyRules))]
    public async Task The_named_policies_gate_by_role(string role, string policy, bool allowed)
    {
        var authorization = app.Services.GetRequiredService<Microsoft.AspNetCore.Authorization.IAuthorizationService>();

        var result = await authorization.AuthorizeAsync(Principal(role, "province"), resource: null, policy);

        Assert.Equal(allowed, result.Succeeded);
    }

    [Fact]
    public async Task A_leader_who_may_read_gets_403_for_a_write_and_a_stranger_gets_404()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<IUnitScope>();

        var leaderWrite = await units.DenyAsync(Principal(Roles.Leader, "province"), ScopeAction.Write, vinhLinh);
        var strangerRead = await units.DenyAsync(Principal(Roles.UnitOfficer, "vinhThuyVhxh"), ScopeAction.Write, vinhLinhVhxh);

        Assert.Equal(403, Status(leaderWrite));
        Assert.Equal(404, Status(strangerRead));
        Assert.Null(await units.DenyAsync(Principal(Roles.Leader, "province"), ScopeAction.Read, vinhLinh));
    }

    [Fact]
    public async Task A_unit_officer_reaches_a_task_through_its_assignment_only()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<IUnitScope>();
        var officer = Principal(Roles.UnitOfficer, "vinhLinhHcc");

        Assert.True(await units.AllowsTaskAsync(officer, ScopeAction.Write, vinhLinh, [vinhLinhVhxh, vinhLinhHcc]));
        Assert.False(await units.AllowsTaskAsync(officer, ScopeAction.Read, vinhLinh, [vinhLinhVhxh]));
        Assert.True(await units.AllowsTaskAsync(Principal(Roles.StandingOfficer, "vinhLinh"), ScopeAction.Write, vinhLinh, [vinhLinhVhxh]));
    }

    private static int? Status(ParPlan.Data.Error? refusal) => refusal is null ? null : ParPlan.Infrastructure.Problems.StatusOf(refusal);

    private Guid Unit(string name) => world.Units.GetValueOrDefault(name);

    private ClaimsPrincipal Principal(string role, string unit)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u1"), new(ClaimTypes.Name, "u1"), new(ClaimTypes.Role, role) };
        if (unit.Length > 0)
        {
            claims.Add(new Claim(ParPlanClaims.UnitId, Unit(unit).ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
