using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Records;
using ParPlan.Data;

namespace ParPlan.Features.Records;

/// <summary>Reads the feedback log within the user's scope and computes its two Decision 766 ratios for a period
/// (<see cref="FeedbackRatios"/>, over the feedback received in the period, on the period's last day or today).</summary>
public sealed class FeedbackQueries(AppDbContext db, RecordAccess access, RecordLookups lookups)
{
    public const string NotFound = "Không tìm thấy phản ánh, kiến nghị hoặc bạn không có quyền xem.";
    public const int PageSize = 50;

    public sealed record Row(Guid Id, Guid GovernmentId, string Number, string Channel, string IntakeAddress, DateOnly ReceivedOn, string Content,
        Guid HandlerUnitId, string HandlerUnitName, DateOnly DueOn, bool WithinCompetence, string? Outcome, DateOnly? ResolvedOn, bool OutcomePublished,
        string? Satisfaction, bool Overdue);

    public sealed record Log(FeedbackRates Rates, IReadOnlyList<Row> Items, int Total, int Page);

    public sealed record Detail(FeedbackEntry Entry, string GovernmentName, string HandlerUnitName, bool Overdue, bool CanManage, bool CanHandle);

    /// <summary>The feedback received in <paramref name="period"/> that the user reads (of one government, or all), the
    /// ratios over all of them and one page of the list, newest first. All pages when <paramref name="page"/> is 0.</summary>
    public async Task<Log> LogAsync(ClaimsPrincipal user, Guid? governmentId, ReportingPeriod period, int page, CancellationToken ct = default)
    {
        var readable = (await access.ReadableAsync(user, ct))?.ToList();
        var (from, to) = (period.From, period.To);
        var all = await db.Set<FeedbackEntry>().AsNoTracking()
            .Where(f => (governmentId == null || f.GovernmentId == governmentId) && f.ReceivedOn >= from && f.ReceivedOn <= to
                && (readable == null || readable.Contains(f.GovernmentId) || readable.Contains(f.HandlerUnitId)))
            .OrderByDescending(f => f.ReceivedOn).ThenByDescending(f => f.Number).ToListAsync(ct);
        var asOf = period.To < access.Today ? period.To : access.Today;
        var rates = FeedbackRatios.Compute(all.Select(f => new FeedbackCase(f.ReceivedOn, f.DueOn, f.WithinCompetence, f.ResolvedOn, f.Satisfaction)), asOf);
        page = Math.Max(0, page);
        var shown = page == 0 ? all : all.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var names = await lookups.NamesAsync(shown.Select(f => f.HandlerUnitId), ct);
        var rows = shown.Select(f => new Row(f.Id, f.GovernmentId, f.Number, f.Channel, f.IntakeAddress, f.ReceivedOn, f.Content, f.HandlerUnitId,
            names.GetValueOrDefault(f.HandlerUnitId, ""), f.DueOn, f.WithinCompetence, f.Outcome, f.ResolvedOn, f.OutcomePublished, f.Satisfaction,
            FeedbackRatios.IsOverdue(f.DueOn, f.ResolvedOn, asOf))).ToList();
        return new Log(rates, rows, all.Count, Math.Max(1, page));
    }

    public async Task<Result<Detail>> DetailAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var f = await db.Set<FeedbackEntry>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return Error.NotFound(NotFound);
        if (await access.ReadAsync(user, f.GovernmentId, [f.HandlerUnitId], NotFound, ct) is { } denied) return denied;
        var names = await lookups.NamesAsync([f.GovernmentId, f.HandlerUnitId], ct);
        return new Detail(f, names.GetValueOrDefault(f.GovernmentId, ""), names.GetValueOrDefault(f.HandlerUnitId, ""),
            FeedbackRatios.IsOverdue(f.DueOn, f.ResolvedOn, access.Today),
            await access.ManageAsync(user, f.GovernmentId, [], NotFound, ct) is null,
            await access.ActAsync(user, f.GovernmentId, f.HandlerUnitId, [f.HandlerUnitId], NotFound, ct) is null);
    }
}
