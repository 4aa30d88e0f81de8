using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.FollowUp;

namespace ParPlan.Features.Records;

/// <summary>Reminders and escalation for the issues raised at dialogues, as for tasks (<see cref="ReminderRunner"/>): the
/// lead unit is reminded 7, 3 and 1 days before the due date and told when the issue is overdue; the government's
/// standing agency is then asked to urge it ("đôn đốc"). One notification per issue, unit, due date and threshold.</summary>
public sealed class DialogueFollowUp(AppDbContext db, TimeProvider time) : IFollowUpSource
{
    private static readonly int[] Thresholds = [1, 3, 7];

    public async Task<IReadOnlyList<Notification>> WantedAsync(DateOnly today, CancellationToken ct = default)
    {
        var horizon = today.AddDays(Thresholds.Max());
        var open = await (from i in db.Set<DialogueIssue>().AsNoTracking()
                          join d in db.Set<Dialogue>().AsNoTracking() on i.DialogueId equals d.Id
                          where i.ClosedOn == null && i.DueOn <= horizon
                          select new { i.Id, i.Text, i.LeadUnitId, i.DueOn, DialogueId = d.Id, d.GovernmentId, d.Title }).ToListAsync(ct);
        if (open.Count == 0) return [];
        var standing = (await db.StandingAgencies.AsNoTracking()
                .Where(s => (s.ValidFrom == null || s.ValidFrom <= today) && (s.ValidTo == null || s.ValidTo >= today))
                .Select(s => new { s.GovernmentId, s.AgencyId }).ToListAsync(ct))
            .GroupBy(s => s.GovernmentId).ToDictionary(g => g.Key, g => g.First().AgencyId);
        var wanted = new List<Notification>();
        foreach (var i in open)
        {
            var occurrence = i.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var days = i.DueOn.DayNumber - today.DayNumber;
            var link = RecordRoutes.Dialogue(i.DialogueId);
            if (days < 0)
            {
                wanted.Add(New(i.LeadUnitId, $"dialogue:{i.Id:N}:{i.LeadUnitId:N}:{occurrence}:overdue",
                    $"Vấn đề \"{Short(i.Text)}\" nêu tại đối thoại \"{Short(i.Title)}\" đã quá hạn giải quyết ({DateText.Format(i.DueOn)}).", link));
                var agency = standing.GetValueOrDefault(i.GovernmentId, i.GovernmentId);
                wanted.Add(New(agency, $"dialogue:{i.Id:N}:{agency:N}:{occurrence}:escalate",
                    $"Đôn đốc: vấn đề \"{Short(i.Text)}\" nêu tại đối thoại \"{Short(i.Title)}\" quá hạn giải quyết từ {DateText.Format(i.DueOn)}.", link));
            }
            else if (Thresholds.FirstOrDefault(th => days <= th) is var threshold and > 0)
            {
                wanted.Add(New(i.LeadUnitId, $"dialogue:{i.Id:N}:{i.LeadUnitId:N}:{occurrence}:{threshold}",
                    $"Nhắc việc: giải quyết vấn đề \"{Short(i.Text)}\" nêu tại đối thoại trước ngày {DateText.Format(i.DueOn)} (còn {days} ngày).", link));
            }
        }

        return wanted;
    }

    private Notification New(Guid unit, string key, string text, string link) =>
        new() { UnitId = unit, DedupKey = key, Text = text, Link = link, CreatedAt = time.GetUtcNow() };

    private static string Short(string text) => text.Length > 100 ? text[..99] + "…" : text;
}
