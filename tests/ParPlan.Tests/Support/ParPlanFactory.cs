using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Tests.Support;

/// <summary>The whole app on a fresh SQLite data folder with a fake clock; helpers to add units and users.</summary>
public sealed class ParPlanFactory : WebApplicationFactory<Program>
{
    public const string Password = "ParPlan@2026";

    private readonly Dictionary<string, string?> settings;

    private readonly string environment;

    private readonly bool kestrel;

    /// <param name="kestrel">Serve over real Kestrel on a free port (its request body limit applies), not the in-memory server.</param>
    public ParPlanFactory(Dictionary<string, string?>? settings = null, string environment = "Development", bool kestrel = false)
    {
        this.environment = environment;
        this.kestrel = kestrel;
        if (kestrel)
        {
            UseKestrel(0);
        }

        DataDirectory = Path.Combine(Path.GetTempPath(), "parplan-test-" + Guid.NewGuid().ToString("N"));
        this.settings = settings ?? [];
        this.settings.TryAdd("Data:Directory", DataDirectory);
        // The follow-up tests count task notifications; report reminders are tested on their own (ReportReminderTests),
        // which turn them on.
        this.settings.TryAdd("Reports:Reminders", "false");
        // The board's warm-up at start competes with the test's own first queries; IndicatorBoardWarmUpTests turn it on.
        this.settings.TryAdd("Indicators:WarmUp", "false");
    }

    public string DataDirectory { get; }

    /// <summary>Starts at the real "now" so Identity's own timestamps and the fake clock agree.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment(environment);
        if (kestrel)
        {
            // Kestrel's limits from the settings (Kestrel:Limits:MaxRequestBodySize …), as an operator would set them.
            builder.ConfigureKestrel((context, options) => context.Configuration.GetSection("Kestrel:Limits").Bind(options.Limits));
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddressFilter>();
        });
    }

    /// <summary>A client that comes from <paramref name="address"/>: the test server has no sockets, so the address
    /// travels in <see cref="ClientAddressHeader"/> and is put on the connection before the app sees the request.</summary>
    public HttpClient CreateBrowserlessClient(string address)
    {
        var client = CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        return client;
    }

    public const string ClientAddressHeader = "X-Test-Client-Address";

    private sealed class ClientAddressFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[ClientAddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = Address });

    /// <summary>Where clients send requests: the in-memory server, or the Kestrel port once it has started.</summary>
    private Uri Address
    {
        get
        {
            if (!kestrel)
            {
                return ClientOptions.BaseAddress;
            }

            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                .Select(a => new Uri(a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal)))
                .First();
        }
    }

    public async Task<Guid> AddUnitAsync(string code, string name, UnitKind kind, UnitLevel level, Guid? parent)
    {
        await using var scope = Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<OrgCommands>();
        var result = await commands.CreateUnitAsync(new CreateUnitRequest(code, name, kind, level, parent, new DateOnly(2025, 7, 1)));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public async Task AddUserAsync(string userName, string role, Guid? unitId, string displayName = "Người dùng thử")
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            Assert.True((await roles.CreateAsync(new IdentityRole(role))).Succeeded);
        }

        var user = new AppUser { UserName = userName, DisplayName = displayName, UnitId = unitId };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    public async Task<HttpClient> LoginAsync(string userName, string password = Password)
    {
        var client = CreateBrowserlessClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
