using System.Globalization;
using Microsoft.AspNetCore.Identity;
using ParPlan.Features.Audit;
using ParPlan.Features.Auth;
using ParPlan.Features.Demo;
using ParPlan.Hosting;

namespace ParPlan.Features.Dossiers;

/// <summary>Hidden verbs for <c>scripts/bench-dossiers.sh</c>, which times the real <c>parplan dossiers import</c>
/// process: <c>bench store --data DIR</c> makes a store holding the demo province's organisation, no dossier, and the
/// province's standing officer <see cref="User"/> (password <see cref="Password"/>), who signs in to the served board
/// (<c>bench served-board</c>); <c>bench board --year YYYY --data DIR</c> prints the province board's response time
/// in a FRESH process (first call and median of six) on a store as the imports left it. Both take the usual store
/// settings (<c>--Database:Provider</c> …).</summary>
public static class DossierBenchStore
{
    public const string User = "bench.thuongtruc.tinh";

    public const string Password = "Bench@2026x";

    public static async Task<int> StoreAsync(string[] args)
    {
        await using var services = await CliStore.OpenAsync(CommandLineArgs.Parse(args).Settings);
        using var actor = AuditActor.Begin("bench");
        await using var scope = services.CreateAsyncScope();
        var organisation = ActivatorUtilities.CreateInstance<DemoOrganisation>(scope.ServiceProvider);
        await organisation.BuildAsync(CancellationToken.None);
        await AddStandingOfficerAsync(scope.ServiceProvider, organisation.Units["QT"]);
        return 0;
    }

    public static async Task<int> BoardAsync(string[] args)
    {
        var config = CommandLineArgs.Parse(args).Settings;
        var year = int.TryParse(config["year"], out var y) ? y : 2025;
        await using var services = await CliStore.OpenAsync(config);
        var (first, median) = await DossierBench.BoardTimesAsync(services, year);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"board_first_ms={first:0} board_median_ms={median:0}"));
        return 0;
    }

    private static async Task AddStandingOfficerAsync(IServiceProvider services, Guid province)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.StandingOfficer)) Check(await roles.CreateAsync(new IdentityRole(Roles.StandingOfficer)));
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = User, DisplayName = "Cán bộ thường trực CCHC tỉnh (đo hiệu năng)", UnitId = province, EmailConfirmed = true };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, Roles.StandingOfficer));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
