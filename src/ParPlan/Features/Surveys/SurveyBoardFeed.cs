using ParPlan.Core.Indicators;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Surveys;

/// <summary>Feeds the survey index to the indicator board: the government's actual for <c>survey.sipas-index</c> in the
/// campaign's year is the overall index of its latest campaign of that year that has responses, with the campaign named
/// as the source. The board compares it with the targets linked to that indicator, and the periodic report states it
/// against those targets. Dossier ratings keep their own indicator.</summary>
public sealed class SurveyBoardFeed(SurveyCalculation calculation, IndicatorTargets targets)
{
    public const string SourcePrefix = "Khảo sát SIPAS";

    public async Task RefreshAsync(Guid governmentId, int year, CancellationToken ct = default)
    {
        var period = ReportingPeriod.ForYear(year).Code;
        if (await calculation.LatestWithResponsesAsync(governmentId, year, ct) is not { } latest)
        {
            return;
        }

        var (_, result) = await calculation.ComputeAsync(latest, ct);
        if (result.Overall is not { } overall) return;
        var note = $"{SourcePrefix} «{latest.Title}», {Core.Text.NumberText.Count(result.Responses)} phiếu";
        var saved = await targets.SetActualAsync(new SetActualRequest(governmentId, period, IndicatorCodes.SurveySatisfactionIndex, overall, note), ct);
        if (saved.Error is { } error)
        {
            throw new InvalidOperationException("Không ghi được số liệu thực hiện tự tính: " + error.Message);
        }
    }
}
