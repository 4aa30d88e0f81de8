using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Records;
using ParPlan.Data;

namespace ParPlan.Features.Records;

/// <summary>Reads dialogues and their issues within the user's scope (<see cref="RecordAccess"/>), each issue with its
/// status on today's date from the injected clock.</summary>
public sealed class DialogueQueries(AppDbContext db, RecordAccess access, RecordLookups lookups)
{
    public const string NotFound = "Không tìm thấy cuộc đối thoại hoặc bạn không có quyền xem.";

    public sealed record IssueRow(Guid Id, Guid DialogueId, string DialogueTitle, DateOnly HeldOn, string Text, Guid LeadUnitId, string LeadUnitName,
        DateOnly DueOn, string Status, string? Report, DateOnly? ClosedOn, string? ReportedBy, DateTimeOffset? ReportedAt, long Version, bool CanReport);

    public sealed record Row(Guid Id, Guid GovernmentId, string GovernmentName, DateOnly HeldOn, string Title, string Participants, bool HasNotice,
        int Issues, int Open, int Overdue, int Closed);

    public sealed record Detail(Dialogue Dialogue, string GovernmentName, string? PlanTitle, IReadOnlyList<IssueRow> Issues, bool CanManage);

    /// <summary>The dialogues the user reads, of one government (or all they read) and one year (or all), newest first.</summary>
    public async Task<List<Row>> ListAsync(ClaimsPrincipal user, Guid? governmentId, int? year, CancellationToken ct = default)
    {
        var (first, last) = (new DateOnly(year ?? 1, 1, 1), new DateOnly(year ?? 9999, 12, 31));
        var dialogues = await Scoped((await access.ReadableAsync(user, ct))?.ToList(), governmentId)
            .Where(d => d.HeldOn >= first && d.HeldOn <= last)
            .OrderByDescending(d => d.HeldOn).ToListAsync(ct);
        var ids = dialogues.Select(d => d.Id).ToList();
        var issues = await db.Set<DialogueIssue>().AsNoTracking().Where(i => ids.Contains(i.DialogueId)).Select(i => new { i.DialogueId, i.DueOn, i.ClosedOn })
            .ToListAsync(ct);
        var names = await lookups.NamesAsync(dialogues.Select(d => d.GovernmentId), ct);
        var today = access.Today;
        return dialogues.Select(d =>
        {
            var statuses = issues.Where(i => i.DialogueId == d.Id).Select(i => DialogueIssueStatus.Of(i.DueOn, i.ClosedOn, today)).ToList();
            return new Row(d.Id, d.GovernmentId, names.GetValueOrDefault(d.GovernmentId, ""), d.HeldOn, d.Title, d.Participants, d.NoticeStoredPath is not null,
                statuses.Count, statuses.Count(s => s == Core.Labels.DialogueIssueStatusLabels.Open),
                statuses.Count(s => s == Core.Labels.DialogueIssueStatusLabels.Overdue), statuses.Count(DialogueIssueStatus.IsClosed));
        }).ToList();
    }

    /// <summary>The issues still open (overdue first, then by due date) of the dialogues the user reads; for a unit
    /// officer, those their unit leads.</summary>
    public async Task<List<IssueRow>> OpenIssuesAsync(ClaimsPrincipal user, Guid? governmentId, CancellationToken ct = default)
    {
        var readable = (await access.ReadableAsync(user, ct))?.ToList();
        var query = from i in db.Set<DialogueIssue>().AsNoTracking()
                    join d in db.Set<Dialogue>().AsNoTracking() on i.DialogueId equals d.Id
                    where i.ClosedOn == null && (governmentId == null || d.GovernmentId == governmentId)
                          && (readable == null || readable.Contains(d.GovernmentId) || readable.Contains(i.LeadUnitId))
                    orderby i.DueOn
                    select new { Issue = i, Dialogue = d };
        var rows = await query.Take(200).ToListAsync(ct);
        var names = await lookups.NamesAsync(rows.Select(r => r.Issue.LeadUnitId), ct);
        return rows.Select(r => IssueOf(r.Issue, r.Dialogue, names, canReport: false)).OrderBy(r => r.Status == Core.Labels.DialogueIssueStatusLabels.Overdue ? 0 : 1).ThenBy(r => r.DueOn).ToList();
    }

    public async Task<Result<Detail>> DetailAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var d = await db.Set<Dialogue>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return Error.NotFound(NotFound);
        var issues = await db.Set<DialogueIssue>().AsNoTracking().Where(i => i.DialogueId == id).OrderBy(i => i.DueOn).ToListAsync(ct);
        if (await access.ReadAsync(user, d.GovernmentId, issues.Select(i => i.LeadUnitId), NotFound, ct) is { } denied) return denied;
        var leadNames = await lookups.NamesAsync(issues.Select(i => i.LeadUnitId), ct);
        var rows = new List<IssueRow>();
        foreach (var i in issues)
        {
            var canReport = await access.ActAsync(user, d.GovernmentId, i.LeadUnitId, [i.LeadUnitId], NotFound, ct) is null;
            rows.Add(IssueOf(i, d, leadNames, canReport));
        }
        var plan = d.PlanId is { } p ? await db.Plans.AsNoTracking().Where(x => x.Id == p).Select(x => x.Title).FirstOrDefaultAsync(ct) : null;
        var names = await lookups.NamesAsync([d.GovernmentId], ct);
        return new Detail(d, names.GetValueOrDefault(d.GovernmentId, ""), plan, rows,
            await access.ManageAsync(user, d.GovernmentId, [], NotFound, ct) is null);
    }

    /// <summary>The conclusion notice's stored file, when the user reads the dialogue.</summary>
    public async Task<(string Path, string ContentType, string FileName)?> NoticeAsync(ClaimsPrincipal user, Guid id, string root, CancellationToken ct = default)
    {
        var detail = await DetailAsync(user, id, ct);
        if (detail.Value is not { } d || d.Dialogue.NoticeStoredPath is not { } stored) return null;
        return (Path.Combine(root, stored), d.Dialogue.NoticeContentType ?? "application/octet-stream", d.Dialogue.NoticeFileName ?? "thong-bao-ket-luan");
    }

    private IQueryable<Dialogue> Scoped(List<Guid>? readable, Guid? governmentId) =>
        db.Set<Dialogue>().AsNoTracking().Where(d => (governmentId == null || d.GovernmentId == governmentId)
            && (readable == null || readable.Contains(d.GovernmentId)
                || db.Set<DialogueIssue>().Any(i => i.DialogueId == d.Id && readable.Contains(i.LeadUnitId))));

    private IssueRow IssueOf(DialogueIssue i, Dialogue d, Dictionary<Guid, string> names, bool canReport) =>
        new(i.Id, d.Id, d.Title, d.HeldOn, i.Text, i.LeadUnitId, names.GetValueOrDefault(i.LeadUnitId, ""), i.DueOn,
            DialogueIssueStatus.Of(i.DueOn, i.ClosedOn, access.Today), i.Report, i.ClosedOn, i.ReportedBy, i.ReportedAt, i.Version, canReport);
}
