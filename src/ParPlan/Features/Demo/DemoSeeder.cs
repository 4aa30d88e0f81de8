using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Audit;

namespace ParPlan.Features.Demo;

/// <summary><c>serve --demo</c>: fills an empty store with the demo province, its logins, two issued plans of the
/// current year with progress (<see cref="DemoPlans"/>) and the year's one-stop dossiers so far (<see cref="DemoDossiers"/>),
/// then prints the URL and the logins once the server listens. A store that already has units or users is left alone.</summary>
public sealed class DemoSeeder(IServiceProvider services, IHostApplicationLifetime lifetime, IServer server, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seeded = await SeedIfEmptyAsync(services, cancellationToken);
        logger.LogInformation("Demo data: {Outcome}", seeded ? "created" : "store not empty, left alone");
        var demoStore = seeded || await HasDemoLoginsAsync(services, cancellationToken);
        lifetime.ApplicationStarted.Register(() => Console.Out.Write(Banner(Addresses(), demoStore)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Seeds when there are no units and no users; returns whether it did. Safe to call again.</summary>
    public static async Task<bool> SeedIfEmptyAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.Units.AnyAsync(ct) || await db.Users.AnyAsync(ct))
        {
            return false;
        }

        using var actor = AuditActor.Begin("demo");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var org = ActivatorUtilities.CreateInstance<DemoOrganisation>(sp);
        await org.BuildAsync(ct);
        await ActivatorUtilities.CreateInstance<DemoUsers>(sp).CreateAsync(org.Units);
        await ActivatorUtilities.CreateInstance<DemoPlans>(sp).CreateAsync(org.Units, ct);
        await ActivatorUtilities.CreateInstance<DemoReports>(sp).CreateAsync(org.Units, ct);
        await ActivatorUtilities.CreateInstance<DemoCascade>(sp).CreateAsync(org.Units, ct);
        await ActivatorUtilities.CreateInstance<DemoInspections>(sp).CreateAsync(org.Units, ct);
        await transaction.CommitAsync(ct);

        // The importer commits in batches of its own, so the dossiers come after the organisation they refer to.
        await ActivatorUtilities.CreateInstance<DemoDossiers>(sp).CreateAsync(ct);
        await ActivatorUtilities.CreateInstance<DemoParIndex>(sp).CreateAsync(org.Units, ct);
        await ActivatorUtilities.CreateInstance<DemoSurveys>(sp).CreateAsync(org.Units, ct);
        await ActivatorUtilities.CreateInstance<DemoRecords>(sp).CreateAsync(org.Units, ct);
        return true;
    }

    /// <summary>True when the store holds the demo logins (seeded now or by an earlier <c>--demo</c> start).</summary>
    public static async Task<bool> HasDemoLoginsAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var names = DemoUsers.All.Select(u => u.UserName.ToUpperInvariant()).ToList();
        var found = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.CountAsync(u => names.Contains(u.NormalizedUserName!), ct);
        return found == names.Count;
    }

    public static string Banner(IEnumerable<string> urls, bool demoLogins = true)
    {
        var lines = new List<string> { "", demoLogins ? "ParPlan (dữ liệu demo) đang chạy tại:" : "ParPlan đang chạy tại:" };
        lines.AddRange(urls.Select(u => "  " + u));
        if (!demoLogins)
        {
            lines.Add("Kho dữ liệu đã có dữ liệu nên không tạo dữ liệu demo; đăng nhập bằng tài khoản sẵn có.");
            lines.Add("");
            return string.Join(Environment.NewLine, lines);
        }

        lines.Add($"Tài khoản demo (mật khẩu chung: {DemoUsers.Password}):");
        lines.AddRange(DemoUsers.All.Select(u => $"  {u.UserName,-22} {Auth.Roles.DisplayName(u.Role)} — {u.DisplayName}"));
        lines.Add("");
        return string.Join(Environment.NewLine, lines);
    }

    private List<string> Addresses() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() is { Count: > 0 } list ? list : ["(địa chỉ theo --urls)"];
}
