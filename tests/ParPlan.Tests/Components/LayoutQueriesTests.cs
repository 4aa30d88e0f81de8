using System.Net;
using Npgsql;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Tests.Components;

/// <summary>Components that load beside each other on one page. The layout's user badge reads the officer's unit name while the page reads its own data: on PostgreSQL, whose
/// queries really run asynchronously, both on one DbContext failed ("A second operation was started on this context").</summary>
public sealed class LayoutQueriesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_officer_with_a_unit_gets_the_board_page_whose_queries_run_while_the_layout_reads_the_unit_name(string provider)
    {
        await WithAppAsync(provider, async app =>
        {
            var province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
            await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
            using var officer = await app.LoginAsync("thuongtruc.p");

            for (var i = 0; i < 3; i++)
            {
                var response = await officer.GetAsync("/chi-so");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("data-testid=\"user-badge\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        });
    }

    /// <summary>The home pages put several work lists side by side (follow-up, dialogue issues, inspections, reports
    /// owed), each loading at once: on PostgreSQL they failed on the request's one DbContext.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_role_gets_its_home_page_whose_work_lists_load_side_by_side(string provider)
    {
        await WithAppAsync(provider, async app =>
        {
            var province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
            var office = await app.AddUnitAsync("P.NV", "Sở Nội vụ", UnitKind.Department, UnitLevel.Province, province);
            await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
            await app.AddUserAsync("donvi.p", Roles.UnitOfficer, office);
            await app.AddUserAsync("lanhdao.p", Roles.Leader, province);
            await app.AddUserAsync("thamdinh.p", Roles.Appraiser, province);
            foreach (var (user, heading) in new[]
            {
                ("thuongtruc.p", "home-owed"), ("donvi.p", "home-owed"), ("lanhdao.p", "Trang chủ"), ("thamdinh.p", "Trang chủ"),
            })
            {
                using var client = await app.LoginAsync(user);
                for (var i = 0; i < 3; i++)
                {
                    var response = await client.GetAsync("/");
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}: {(int)response.StatusCode}");
                    Assert.Contains(heading, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                }
            }
        });
    }

    private static async Task WithAppAsync(string provider, Func<ParPlanFactory, Task> test)
    {
        var settings = new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false", ["Database:Provider"] = provider };
        string? database = null;
        if (provider == TestDatabase.Postgres)
        {
            database = $"parplan_t_{Guid.NewGuid():N}";
            settings["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresConnectionString) { Database = database }.ToString();
        }

        try
        {
            await using var app = new ParPlanFactory(settings);
            await test(app);
        }
        finally
        {
            if (database is not null) await TestDatabase.DropPostgresDatabaseAsync(database);
        }
    }
}
