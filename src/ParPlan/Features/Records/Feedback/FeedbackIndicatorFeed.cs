using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Records;
using ParPlan.Core.Text;
using ParPlan.Data;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Records;

/// <summary>Feeds the feedback log to the plan's complaints target: the government's yearly actual of
/// <see cref="IndicatorCodes.ComplaintsHandledRate"/> is the on-time handling rate of the feedback it received that year
/// (<see cref="FeedbackRatios"/>, on the year's last day or today), written through <see cref="IndicatorTargets"/> with the
/// log named as its source, so the board rates the linked target against it. Refreshed whenever a feedback is logged or
/// its outcome recorded; a year whose log holds no feedback within competence keeps whatever was entered by hand.</summary>
public sealed class FeedbackIndicatorFeed(AppDbContext db, IndicatorTargets targets, TimeProvider time)
{
    public const string SourcePrefix = "Tính từ sổ theo dõi phản ánh, kiến nghị";

    public async Task RefreshAsync(Guid governmentId, int year, CancellationToken ct = default)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var cases = await db.Set<FeedbackEntry>().AsNoTracking()
            .Where(f => f.GovernmentId == governmentId && f.ReceivedOn >= first && f.ReceivedOn <= last)
            .Select(f => new FeedbackCase(f.ReceivedOn, f.DueOn, f.WithinCompetence, f.ResolvedOn, f.Satisfaction)).ToListAsync(ct);
        var today = VietnamTime.Today(time);
        var rates = FeedbackRatios.Compute(cases, last < today ? last : today);
        if (rates.OnTimeRate is not { } rate) return;
        var note = $"{SourcePrefix}: {NumberText.Count(rates.OnTime)}/{NumberText.Count(rates.Total)} phản ánh, kiến nghị xử lý đúng hạn";
        var saved = await targets.SetActualAsync(new SetActualRequest(governmentId, ReportingPeriod.ForYear(year).Code, IndicatorCodes.ComplaintsHandledRate, rate, note), ct);
        if (saved.Error is { } error)
        {
            throw new InvalidOperationException("Không ghi được số liệu thực hiện tự tính: " + error.Message);
        }
    }
}
