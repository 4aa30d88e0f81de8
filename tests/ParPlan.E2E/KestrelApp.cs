using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ParPlan.E2E;

/// <summary>The app with demo data in a temp folder, served by real Kestrel on a free 127.0.0.1 port; optionally on a fake
/// clock the test moves.</summary>
public sealed class KestrelApp : WebApplicationFactory<Program>
{
    public KestrelApp(DateTimeOffset? now = null)
    {
        Time = now is { } start ? new FakeTimeProvider(start) : null;
        DataDirectory = Path.Combine(Path.GetTempPath(), "parplan-e2e-" + Guid.NewGuid().ToString("N"));
        UseKestrel(0);
    }

    public string DataDirectory { get; }

    /// <summary>The fake clock, when the app was built with one.</summary>
    public FakeTimeProvider? Time { get; }

    /// <summary>Starts the server (and the demo seeding) and returns its address.</summary>
    public Uri Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal)))
            .First();
        return address;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:Directory", DataDirectory);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseEnvironment("Development");
        if (Time is { } time)
        {
            builder.UseSetting("FollowUp:Enabled", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time));
        }
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
