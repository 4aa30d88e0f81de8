using ParPlan.Features.Indicators;

namespace ParPlan.Features.Surveys;

/// <summary>The sector floors the indicator board shows for a government's year: each sector with a floor, its index in
/// the year's survey (the latest campaign with responses, as the overall index on the board) and whether it reaches the
/// floor. A floor without a survey, or without answers for its sector, shows with no value.</summary>
public sealed class SurveySectorBoard(SurveyCalculation calculation)
{
    public async Task<IReadOnlyList<BoardSectorFloor>> RowsAsync(Guid governmentId, int year, CancellationToken ct = default)
    {
        var floors = await calculation.FloorsAsync(governmentId, year, ct);
        if (floors.Count == 0) return [];
        var latest = await calculation.LatestWithResponsesAsync(governmentId, year, ct);
        var sectors = latest is null ? [] : (await calculation.ComputeAsync(latest, ct)).Result.BySector;
        var source = latest is null ? null : $"{SurveyBoardFeed.SourcePrefix} «{latest.Title}»";
        return floors.Select(f => sectors.FirstOrDefault(s => s.Key == f.Sector) is { } s
            ? new BoardSectorFloor(f.Sector, s.Responses, s.Index, f.Floor, source)
            : new BoardSectorFloor(f.Sector, 0, null, f.Floor, source)).ToList();
    }
}
