using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using ParPlan.Features.Auth;
using ParPlan.Features.Reports;

namespace ParPlan.Features.Demo;

/// <summary>
/// The demo's reports, so a quarter can be run from the communes up (docs/reports.md): a standing officer for xã Vĩnh
/// Thủy (<c>thuongtruc.vinhthuy</c>, the demo password), and for xã Vĩnh Linh and xã Vĩnh Thủy the third-quarter reports
/// of their agencies (phòng, trung tâm) already submitted and accepted — under the commune regime that is its 9-month
/// report ("9 tháng đầu năm"), which the province's Quý III consolidates — so each commune can write, submit and have its own
/// report consolidated by the province.
/// </summary>
public sealed class DemoReports(ReportCommands commands, ReportQueries queries, ReportUnits reportUnits, ReportRegimes regimes, UserManager<AppUser> users,
    TimeProvider time)
{
    public const string VinhThuyOfficer = "thuongtruc.vinhthuy";

    public static readonly IReadOnlyList<string> Communes = ["QT.XA.VINHLINH", "QT.XA.VINHTHUY"];

    public async Task CreateAsync(IReadOnlyDictionary<string, Guid> units, CancellationToken ct)
    {
        if (await users.FindByNameAsync(VinhThuyOfficer) is null)
        {
            var officer = new AppUser
            {
                UserName = VinhThuyOfficer, DisplayName = "Cán bộ thường trực CCHC xã Vĩnh Thủy", UnitId = units["QT.XA.VINHTHUY"], EmailConfirmed = true,
            };
            Check(await users.CreateAsync(officer, DemoUsers.Password));
            Check(await users.AddToRoleAsync(officer, Roles.StandingOfficer));
        }

        var year = VietnamTime.Today(time).Year;
        var demo = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "demo"), new Claim(ClaimTypes.Name, "demo"), new Claim(ClaimTypes.Role, Roles.Admin)], "demo"));
        foreach (var commune in Communes)
        {
            // The commune's report of the third quarter: the period of its regimes that closes in September ("2026-9M").
            var period = (await regimes.ApplicableAsync(units[commune], ct)).SelectMany(r => r.Periods).Select(p => p.Period(year))
                .First(p => p.LastMonth == 9 && p.Kind != Core.Indicators.PeriodKind.Month).Code;
            foreach (var agency in await reportUnits.ChildrenAsync(units[commune], new DateOnly(year, 9, 14), ct))
            {
                var started = await commands.StartAsync(demo, new StartReportRequest(agency.Id, period), ct);
                var id = started.Value?.Id ?? throw new InvalidOperationException($"Demo report of {agency.Code}: {started.Error?.Message}");
                var version = (await queries.GetAsync(demo, id, ct)).Value?.Version;
                var submitted = await commands.SubmitAsync(demo, id, new ReportActionRequest(version), ct);
                var accepted = await commands.AcceptAsync(demo, id, new ReportActionRequest(submitted.Value?.Version), ct);
                if (!accepted.IsSuccess)
                {
                    throw new InvalidOperationException($"Demo report of {agency.Code}: {accepted.Error?.Message}");
                }
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user '{VinhThuyOfficer}': {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
