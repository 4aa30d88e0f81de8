using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ParPlan.Core.Tests;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Plans;

/// <summary>The plans API of the HTTP contract on the demo province.</summary>
public sealed class PlanApiTests(DemoWorld demo) : IClassFixture<DemoWorld>
{
    public static TheoryData<string, string?, int> Seeds() => new()
    {
        { "000_c84c89f6dfc790e7", "QT.H.VINHLINH", 42 },
        { "002_82c4b63d1339515c", null, 35 },
        { "003_32a0243e7cf70bca", "QT.H.VINHLINH.X.VINHCHAP", 30 },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Importing_a_seed_plan_creates_a_draft_with_every_task(string seed, string? governmentCode, int tasks)
    {
        var user = governmentCode is null ? "thuongtruc.vinhlinh" : "admin";
        using var client = await demo.App.LoginAsync(user, ParPlan.Features.Demo.DemoUsers.Password);
        Guid? government = governmentCode is null ? null : await demo.UnitAsync(governmentCode);

        var response = await client.PostAsync("/api/plans/import", Upload(await File.ReadAllBytesAsync(SeedPath(seed)), seed + ".txt", government));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(tasks, created.GetProperty("taskCount").GetInt32());
        Assert.Equal(JsonValueKind.Array, created.GetProperty("warnings").ValueKind);
        var plan = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{created.GetProperty("planId").GetGuid()}");
        Assert.Equal("draft", plan.GetProperty("status").GetString());
        Assert.Equal(tasks, plan.GetProperty("tasks").GetArrayLength());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/plans");
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("id").GetGuid() == created.GetProperty("planId").GetGuid());
    }

    [Fact]
    public async Task The_commune_plan_assigns_named_units_and_fans_out_the_class_of_commune_agencies()
    {
        using var client = await demo.App.LoginAsync("thuongtruc.vinhlinh", ParPlan.Features.Demo.DemoUsers.Password);
        var planId = await ImportD2Async(client);

        var plan = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}");

        var vhxh = await demo.UnitAsync("QT.XA.VINHLINH.VHXH");
        var kt = await demo.UnitAsync("QT.XA.VINHLINH.KT");
        var task11 = plan.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("ref").GetString() == "1.1");
        Assert.Contains(vhxh, task11.GetProperty("leadUnitIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Contains(kt, task11.GetProperty("supportUnitIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal("2026-01-15", task11.GetProperty("dueDate").GetString());
        Assert.Equal("not-started", task11.GetProperty("status").GetString());
        Assert.Equal("date", task11.GetProperty("schedule").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_unreadable_file_is_a_400_problem_in_vietnamese()
    {
        using var client = await demo.App.LoginAsync("thuongtruc.vinhlinh", ParPlan.Features.Demo.DemoUsers.Password);

        var response = await client.PostAsync("/api/plans/import", Upload([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x10, 0x80, 0x81], "ke-hoach.txt", null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Không đọc được tệp", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Issuing_needs_a_number_and_a_date_and_then_happens_once()
    {
        using var client = await demo.App.LoginAsync("thuongtruc.vinhlinh", ParPlan.Features.Demo.DemoUsers.Password);
        var planId = await ImportD2Async(client);

        var missing = await client.PostAsJsonAsync($"/api/plans/{planId}/issue", new { number = "", issuedOn = "2026-01-15" });
        var issued = await client.PostAsJsonAsync($"/api/plans/{planId}/issue", new { number = "12/KH-UBND", issuedOn = "2026-01-15" });
        var again = await client.PostAsJsonAsync($"/api/plans/{planId}/issue", new { number = "13/KH-UBND", issuedOn = "2026-01-16" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("number", out _));
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var plan = await client.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}");
        Assert.Equal("issued", plan.GetProperty("status").GetString());
        Assert.Equal("12/KH-UBND", plan.GetProperty("number").GetString());
        Assert.Equal("2026-01-15", plan.GetProperty("issuedOn").GetString());
    }

    [Fact]
    public async Task Officers_of_another_commune_see_nothing_and_leaders_and_unit_officers_only_read()
    {
        using var owner = await demo.App.LoginAsync("thuongtruc.vinhlinh", ParPlan.Features.Demo.DemoUsers.Password);
        var planId = await ImportD2Async(owner);
        using var stranger = await demo.App.LoginAsync("donvi.vinhthuy.vhxh", ParPlan.Features.Demo.DemoUsers.Password);
        using var leader = await demo.App.LoginAsync("lanhdao.tinh", ParPlan.Features.Demo.DemoUsers.Password);
        using var unitOfficer = await demo.App.LoginAsync("donvi.vinhlinh.vhxh", ParPlan.Features.Demo.DemoUsers.Password);
        var issue = new { number = "12/KH-UBND", issuedOn = "2026-01-15" };

        var strangerRead = await stranger.GetAsync($"/api/plans/{planId}");
        var strangerList = await stranger.GetFromJsonAsync<JsonElement>("/api/plans");
        var strangerIssue = await stranger.PostAsJsonAsync($"/api/plans/{planId}/issue", issue);
        var leaderRead = await leader.GetAsync($"/api/plans/{planId}");
        var leaderIssue = await leader.PostAsJsonAsync($"/api/plans/{planId}/issue", issue);
        var leaderImport = await leader.PostAsync("/api/plans/import", Upload(await File.ReadAllBytesAsync(SeedPath("002_82c4b63d1339515c")), "d2.txt", null));
        var unitRead = await unitOfficer.GetAsync($"/api/plans/{planId}");

        Assert.Equal(HttpStatusCode.NotFound, strangerRead.StatusCode);
        Assert.DoesNotContain("\"tasks\"", await strangerRead.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(strangerList.EnumerateArray(), p => p.GetProperty("id").GetGuid() == planId);
        Assert.Equal(HttpStatusCode.Forbidden, strangerIssue.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderIssue.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, leaderImport.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unitRead.StatusCode);
    }

    private async Task<Guid> ImportD2Async(HttpClient client)
    {
        var response = await client.PostAsync("/api/plans/import", Upload(await File.ReadAllBytesAsync(SeedPath("002_82c4b63d1339515c")), "d2.txt", null));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
    }

    public static string SeedPath(string seed) => Path.Combine(RepoPaths.Seeds, seed + ".txt");

    public static MultipartFormDataContent Upload(byte[] bytes, string fileName, Guid? governmentId)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "file", fileName);
        if (governmentId is { } g)
        {
            content.Add(new StringContent(g.ToString()), "governmentId");
        }

        return content;
    }
}
