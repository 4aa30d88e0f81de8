using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Tests.Features.ParIndex;

/// <summary>The app on SQLite or PostgreSQL with a province (Sở Nội vụ, two communes; in xã An Bình an office and an
/// economic department that owns the "procedures" area) and another province with its own appraiser.</summary>
public sealed class ParScenario : IAsyncDisposable
{
    public const string Appraiser = "thamdinh.snv";
    public const string OtherAppraiser = "thamdinh.tinhkhac";
    public const string StandingA = "thuongtruc.xa.a";
    public const string StandingB = "thuongtruc.xa.b";
    public const string EconomyOfficer = "canbo.kinhte.a";
    public const string OfficeOfficer = "canbo.vanphong.a";

    private readonly string? postgresDatabase;

    private ParScenario(ParPlanFactory app, string? postgresDatabase)
    {
        App = app;
        this.postgresDatabase = postgresDatabase;
    }

    public ParPlanFactory App { get; }

    public Guid Province { get; private set; }

    public Guid CommuneA { get; private set; }

    public Guid CommuneB { get; private set; }

    public Guid Economy { get; private set; }

    public DateOnly Today => VietnamTime.Today(App.Time);

    public static async Task<ParScenario> CreateAsync(string provider)
    {
        var settings = new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false", ["Database:Provider"] = provider };
        string? database = null;
        if (provider == TestDatabase.Postgres)
        {
            database = $"parplan_t_{Guid.NewGuid():N}";
            settings["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresConnectionString) { Database = database }.ToString();
        }

        var s = new ParScenario(new ParPlanFactory(settings), database);
        await s.ArrangeAsync();
        return s;
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public async Task<Guid> ImportAsync(HttpClient client, string json)
    {
        var response = await client.PostAsync("/api/par/criteria-sets", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public async Task<Guid> OpenAsync(HttpClient client, Guid setId, Guid unitId)
    {
        var response = await client.PostAsJsonAsync("/api/par/assessments", new { criteriaSetId = setId, unitId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetGuid();
    }

    public static async Task<long> VersionAsync(HttpClient client, Guid id) =>
        (await Json(await client.GetAsync($"/api/par/assessments/{id}"))).GetProperty("version").GetInt64();

    /// <summary>A self-score with an explanation; asserts 200 and gives the new version.</summary>
    public static async Task<long> ScoreAsync(HttpClient client, Guid id, string code, decimal score, long version)
    {
        var response = await client.PutAsJsonAsync($"/api/par/assessments/{id}/items/{code}", new { selfScore = score, explanation = "Theo hồ sơ lưu", version });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response)).GetProperty("version").GetInt64();
    }

    private async Task ArrangeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        Province = await App.AddUnitAsync("P" + suffix, "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        var snv = await App.AddUnitAsync("P" + suffix + ".SNV", "Sở Nội vụ", UnitKind.Department, UnitLevel.Agency, Province);
        CommuneA = await App.AddUnitAsync("P" + suffix + ".XA", "UBND xã An Bình", UnitKind.CommuneGovernment, UnitLevel.Commune, Province);
        CommuneB = await App.AddUnitAsync("P" + suffix + ".XB", "UBND xã Bình Minh", UnitKind.CommuneGovernment, UnitLevel.Commune, Province);
        var office = await App.AddUnitAsync("P" + suffix + ".XA.VP", "Văn phòng HĐND và UBND xã An Bình", UnitKind.Office, UnitLevel.Commune, CommuneA);
        Economy = await App.AddUnitAsync("P" + suffix + ".XA.KT", "Phòng Kinh tế xã An Bình", UnitKind.Department, UnitLevel.Commune, CommuneA);
        var officeB = await App.AddUnitAsync("P" + suffix + ".XB.VP", "Văn phòng HĐND và UBND xã Bình Minh", UnitKind.Office, UnitLevel.Commune, CommuneB);
        var other = await App.AddUnitAsync("Q" + suffix, "UBND tỉnh Khác", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        var otherSnv = await App.AddUnitAsync("Q" + suffix + ".SNV", "Sở Nội vụ tỉnh Khác", UnitKind.Department, UnitLevel.Agency, other);
        await App.AddUserAsync(Appraiser, Roles.Appraiser, snv);
        await App.AddUserAsync(OtherAppraiser, Roles.Appraiser, otherSnv);
        await App.AddUserAsync(StandingA, Roles.StandingOfficer, office);
        await App.AddUserAsync(StandingB, Roles.StandingOfficer, officeB);
        await App.AddUserAsync(EconomyOfficer, Roles.UnitOfficer, Economy);
        await App.AddUserAsync(OfficeOfficer, Roles.UnitOfficer, office);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (postgresDatabase is not null) await TestDatabase.DropPostgresDatabaseAsync(postgresDatabase);
    }
}
