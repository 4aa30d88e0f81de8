using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Records;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Records;

namespace ParPlan.Features.Reports;

/// <summary>
/// Reads the records of Features/Records that a report quotes, for its unit and window, and counts them through
/// <see cref="RecordCounts"/>: a government's report reads its whole log (every entry of the government, whichever of its
/// units handles it); an agency's, the feedback it handles, the dialogue issues it leads, its initiatives, the
/// commitments it signed. Late dossiers and their apologies come from the report's own dossier indicators, which already
/// count the dossiers of the unit and the units under it over the window.
/// </summary>
public sealed class ReportRecordRows(AppDbContext db)
{
    public async Task<RecordFigures> ReadAsync(UnitInfo unit, DataWindow window, IReadOnlyList<ReportIndicatorInput> indicators, CancellationToken ct)
    {
        var id = unit.Id;
        var gov = unit.IsGovernment;
        var to = window.To;

        var feedback = await db.Set<FeedbackEntry>().AsNoTracking()
            .Where(f => (gov ? f.GovernmentId == id : f.HandlerUnitId == id) && f.ReceivedOn >= window.From && f.ReceivedOn <= to)
            .Select(f => new FeedbackCase(f.ReceivedOn, f.DueOn, f.WithinCompetence, f.ResolvedOn, f.Satisfaction))
            .ToListAsync(ct);

        var dialogues = db.Set<Dialogue>().AsNoTracking().Where(d => d.HeldOn <= to);
        var held = gov ? await dialogues.Where(d => d.GovernmentId == id && d.HeldOn >= window.From).Select(d => d.HeldOn).ToListAsync(ct) : null;
        var issues = await db.Set<DialogueIssue>().AsNoTracking()
            .Join(dialogues, i => i.DialogueId, d => d.Id, (i, d) => new { i.LeadUnitId, d.GovernmentId, d.HeldOn, i.DueOn, i.ClosedOn })
            .Where(x => gov ? x.GovernmentId == id : x.LeadUnitId == id)
            .Select(x => new { x.HeldOn, x.DueOn, x.ClosedOn })
            .ToListAsync(ct);

        var initiatives = await db.Set<Initiative>().AsNoTracking()
            .Where(i => (gov ? i.GovernmentId == id : i.UnitId == id) && i.ProposedOn <= to)
            .Select(i => new { i.ProposedOn, i.Stage, i.DecisionDate })
            .ToListAsync(ct);

        var year = to.Year;
        var commitments = await db.Set<Commitment>().AsNoTracking()
            .Where(c => (gov ? c.GovernmentId == id : c.SignatoryUnitId == id) && c.Year == year && c.SignedOn <= to)
            .Select(c => new { c.Id, c.Year, c.SignedOn })
            .ToListAsync(ct);
        var commitmentIds = commitments.Select(c => c.Id).ToList();
        var reported = (await db.Set<CommitmentObligation>().AsNoTracking().Where(o => commitmentIds.Contains(o.CommitmentId))
                .Select(o => new { o.CommitmentId, o.ReportedAt, o.Report }).ToListAsync(ct))
            .GroupBy(o => o.CommitmentId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DateOnly?>)g.Select(o => o.ReportedAt is { } at && !string.IsNullOrWhiteSpace(o.Report) ? Day(at) : (DateOnly?)null).ToList());

        return new RecordFigures(
            Feedback: RecordCounts.Feedback(feedback, window),
            Apologies: RecordCounts.Apologies(indicators),
            Dialogues: RecordCounts.Dialogues(held, issues.Select(i => (i.HeldOn, i.DueOn, i.ClosedOn)), window),
            Initiatives: RecordCounts.Initiatives(initiatives.Select(i => (i.ProposedOn, i.Stage, i.DecisionDate)), window),
            Commitments: RecordCounts.Commitments(commitments.Select(c => (c.Year, c.SignedOn, reported.GetValueOrDefault(c.Id) ?? [])), window));
    }

    internal static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(VietnamTime.ToLocal(at).DateTime);
}
