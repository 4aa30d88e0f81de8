using System.Security.Claims;
using ParPlan.Features.Auth;
using ParPlan.Features.Surveys;

namespace ParPlan.Features.Demo;

/// <summary>The demo's satisfaction survey: the province's SIPAS campaign of the current year with D2's sector floors
/// (85% for land, construction, investment, health and education) and 600 responses from the five new communes, so the
/// survey pages, the board's survey index and the PAR INDEX suggestion are not empty. Land falls below its floor.</summary>
public sealed class DemoSurveys(SurveyCommands commands, TimeProvider time)
{
    public static IReadOnlyList<string> Floors => SurveyTargetDefaults.Sectors;

    /// <summary>Each sector's share (of 10) of satisfied answers per element, so the results differ by sector and element.</summary>
    private static readonly IReadOnlyList<(string Sector, int[] Satisfied)> Sectors =
    [
        ("Đất đai", [8, 7, 8, 9, 6]), ("Xây dựng", [9, 9, 9, 9, 8]), ("Đầu tư", [9, 10, 9, 9, 9]), ("Y tế", [10, 9, 9, 10, 9]),
        ("Giáo dục", [10, 10, 9, 10, 9]), ("Hộ tịch", [10, 10, 10, 10, 9]),
    ];

    public async Task CreateAsync(IReadOnlyDictionary<string, Guid> units, CancellationToken ct)
    {
        var demo = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "demo"), new Claim(ClaimTypes.Name, "demo"), new Claim(ClaimTypes.Role, Roles.Admin)], "demo"));
        var year = VietnamTime.Today(time).Year;
        var created = await commands.CreateAsync(demo, new CreateSurveyRequest(units["QT"], year, $"Khảo sát sự hài lòng của người dân, tổ chức năm {year}"), ct);
        var id = created.Value;
        if (!created.IsSuccess) throw new InvalidOperationException($"Demo survey: {created.Error?.Message}");
        await commands.SetTargetsAsync(demo, id, new SurveyTargetsRequest(null, null,
            Floors.Select(f => (SectorTargetRequest?)new SectorTargetRequest(f, SurveyTargetDefaults.Floor)).ToList()), ct);

        var communes = DemoOrganisation.NewCommunes.Select(c => units[c.Code]).ToList();
        var responses = new List<SurveyResponseRequest?>();
        for (var i = 0; i < 600; i++)
        {
            var (sector, satisfied) = Sectors[i % Sectors.Count];
            var slot = i / Sectors.Count % 10;
            var answers = Enumerable.Range(0, 5).ToDictionary(e => (e + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                e => slot < satisfied[e] ? (slot % 3 == 0 ? 5 : 4) : (slot % 2 == 0 ? 3 : 2));
            responses.Add(new SurveyResponseRequest(sector, communes[i % communes.Count], answers));
        }

        var outcome = await commands.AddResponsesAsync(demo, id, responses, ct);
        if (outcome.Value is not { Rejected.Count: 0 }) throw new InvalidOperationException($"Demo survey responses: {outcome.Error?.Message}");
    }
}
