using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;
using ParPlan.Features.Organisation;
using ParPlan.Infrastructure;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>The board's warm-up at the web app's start: it runs the board's queries in the background, on a store with
/// or without data, never stops the app, and stays off in tests unless a test turns it on.</summary>
public sealed class IndicatorBoardWarmUpTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task At_start_the_warm_up_runs_the_province_board_of_a_store_without_dossiers_and_the_board_is_then_served(string provider)
    {
        var settings = Settings(provider, out var database);
        try
        {
            Guid province;
            await using (var arrange = new ParPlanFactory(new Dictionary<string, string?>(settings)))
            {
                province = await arrange.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
                await arrange.AddUnitAsync("P.X1", "UBND xã Một", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
                await arrange.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
            }

            await using var app = new ParPlanFactory(new Dictionary<string, string?>(settings) { ["Indicators:WarmUp"] = "true" });
            var warmUp = WarmUp(app);
            await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Null(warmUp.Failure);
            Assert.Equal(province, warmUp.Government);
            Assert.NotNull(warmUp.Elapsed);
            Assert.Empty(warmUp.Served); // the in-memory server has no address to request
            using var officer = await app.LoginAsync("thuongtruc.p");
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/chi-so")).StatusCode);
        }
        finally
        {
            await DropAsync(settings, database);
        }
    }

    [Fact]
    public async Task Over_a_real_address_the_warm_up_requests_the_login_form_and_the_board_without_signing_anyone_in()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["Indicators:WarmUp"] = "true", ["FollowUp:Enabled"] = "false" }, kestrel: true);
        var province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
        var warmUp = WarmUp(app);
        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Null(warmUp.Failure);
        // The login form, then the board with a session cookie of no user: refused, sent to the login form.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Redirect], warmUp.Served);
        using var officer = await app.LoginAsync("thuongtruc.p");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/chi-so")).StatusCode);
    }

    [Fact]
    public void The_warm_up_requests_the_first_plain_http_address_with_a_wildcard_host_made_loopback()
    {
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), ServedRequestWarmUp.LoopbackAddress(Server("https://0.0.0.0:5001", "http://[::]:5000")));
        Assert.Equal(new Uri("http://127.0.0.1:8080/"), ServedRequestWarmUp.LoopbackAddress(Server("http://+:8080")));
        Assert.Equal(new Uri("http://10.1.2.3:80/"), ServedRequestWarmUp.LoopbackAddress(Server("http://10.1.2.3:80")));
        Assert.Null(ServedRequestWarmUp.LoopbackAddress(Server("https://localhost:5001")));
        Assert.Null(ServedRequestWarmUp.LoopbackAddress(Server()));
    }

    private static IServer Server(params string[] addresses)
    {
        var feature = new ServerAddressesFeature();
        foreach (var a in addresses) feature.Addresses.Add(a);
        var features = new FeatureCollection();
        features.Set<IServerAddressesFeature>(feature);
        return new AddressOnlyServer(features);
    }

    private sealed class AddressOnlyServer(IFeatureCollection features) : IServer
    {
        public IFeatureCollection Features { get; } = features;

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    [Fact]
    public async Task On_an_empty_store_the_warm_up_finishes_without_a_government_and_the_app_answers()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["Indicators:WarmUp"] = "true", ["FollowUp:Enabled"] = "false" });
        var warmUp = WarmUp(app);
        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Null(warmUp.Failure);
        Assert.Null(warmUp.Government);
        Assert.NotNull(warmUp.Elapsed);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserlessClient().GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_failing_warm_up_is_logged_and_the_app_keeps_answering()
    {
        await using var factory = new ParPlanFactory(new Dictionary<string, string?> { ["Indicators:WarmUp"] = "true", ["FollowUp:Enabled"] = "false" });
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddScoped<IndicatorBoardQueries>(_ => throw new InvalidOperationException("Kho dữ liệu không đọc được."))));
        var warmUp = app.Services.GetServices<IHostedService>().OfType<IndicatorBoardWarmUp>().Single();
        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("Kho dữ liệu không đọc được.", warmUp.Failure?.Message);
        Assert.Null(warmUp.Elapsed);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task The_warm_up_is_registered_but_does_not_run_in_tests_unless_a_test_turns_it_on()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var warmUp = WarmUp(app);
        await warmUp.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Null(warmUp.Elapsed);
        Assert.Null(warmUp.Failure);
    }

    private static IndicatorBoardWarmUp WarmUp(ParPlanFactory app) => app.Services.GetServices<IHostedService>().OfType<IndicatorBoardWarmUp>().Single();

    /// <summary>Settings two factories share: one data folder, and on PostgreSQL one database.</summary>
    private static Dictionary<string, string?> Settings(string provider, out string? database)
    {
        var settings = new Dictionary<string, string?>
        {
            ["FollowUp:Enabled"] = "false", ["Database:Provider"] = provider,
            ["Data:Directory"] = Path.Combine(Path.GetTempPath(), "parplan-test-" + Guid.NewGuid().ToString("N")),
        };
        database = null;
        if (provider == TestDatabase.Postgres)
        {
            database = $"parplan_t_{Guid.NewGuid():N}";
            settings["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresConnectionString) { Database = database }.ToString();
        }

        return settings;
    }

    private static async Task DropAsync(Dictionary<string, string?> settings, string? database)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(settings["Data:Directory"])) Directory.Delete(settings["Data:Directory"]!, recursive: true);
        if (database is not null) await TestDatabase.DropPostgresDatabaseAsync(database);
    }
}
