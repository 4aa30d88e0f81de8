using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.FollowUp.Escalation;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.FollowUp;

/// <summary>
/// Creates reminders for lead and coordinating units 7, 3 and 1 days before a deadline, an overdue notice to them,
/// an escalation to the plan government's standing agency and, past <see cref="FollowUpOptions.LeaderEscalationDays"/>,
/// to the leaders (<see cref="LeaderEscalation"/>). Idempotent: one notification per
/// task/unit/occurrence/threshold (unique <see cref="Notification.DedupKey"/>). Other features' deadlines come in through
/// <see cref="IFollowUpSource"/> (cascade obligations).
/// </summary>
public sealed class ReminderRunner(AppDbContext db, TaskBoard board, IEmailSender email, LeaderEscalation leaders, TimeProvider time,
    IEnumerable<IFollowUpSource> sources)
{
    private static readonly int[] Thresholds = [1, 3, 7];

    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        var tasks = await board.LoadAsync(today, ct);
        var standing = await db.StandingAgencies.AsNoTracking()
            .Where(s => (s.ValidFrom == null || s.ValidFrom <= today) && (s.ValidTo == null || s.ValidTo >= today))
            .Select(s => new { s.GovernmentId, s.AgencyId }).ToListAsync(ct);
        var standingOf = standing.GroupBy(s => s.GovernmentId).ToDictionary(g => g.Key, g => g.First().AgencyId);
        var wanted = new List<Notification>();
        foreach (var t in tasks.Where(t => !TaskDeadlines.IsClosed(t.Status) && t.DueDate is not null))
        {
            var due = t.DueDate!.Value;
            var days = due.DayNumber - today.DayNumber;
            var occurrence = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var link = $"/nhiem-vu/{t.Id}";
            var units = t.LeadUnitIds.Concat(t.SupportUnitIds).Distinct().ToList();
            if (t.Overdue)
            {
                wanted.AddRange(units.Select(u => New(u, $"{t.Id:N}:{u:N}:{occurrence}:overdue",
                    $"Nhiệm vụ {t.Ref} \"{Short(t.Title)}\" đã quá hạn ({due:dd/MM/yyyy}).", link)));
                var agency = standingOf.GetValueOrDefault(t.GovernmentId, t.GovernmentId);
                wanted.Add(New(agency, $"{t.Id:N}:{agency:N}:{occurrence}:escalate",
                    $"Đôn đốc: nhiệm vụ {t.Ref} \"{Short(t.Title)}\" của kế hoạch \"{Short(t.PlanTitle)}\" quá hạn từ {due:dd/MM/yyyy}.", link));
            }
            else if (Thresholds.FirstOrDefault(th => days <= th) is var threshold and > 0 && days >= 0)
            {
                wanted.AddRange(units.Select(u => New(u, $"{t.Id:N}:{u:N}:{occurrence}:{threshold}",
                    $"Nhắc việc: nhiệm vụ {t.Ref} \"{Short(t.Title)}\" đến hạn ngày {due:dd/MM/yyyy} (còn {days} ngày).", link)));
            }
        }

        wanted.AddRange(await leaders.WantedAsync(tasks, today, ct));
        foreach (var source in sources)
        {
            wanted.AddRange(await source.WantedAsync(today, ct));
        }

        if (wanted.Count == 0)
        {
            return 0;
        }

        var keys = wanted.Select(w => w.DedupKey).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            existing.UnionWith(await db.Set<Notification>().AsNoTracking().Where(n => chunk.Contains(n.DedupKey)).Select(n => n.DedupKey).ToListAsync(ct));
        }

        var fresh = wanted.Where(w => existing.Add(w.DedupKey)).ToList();
        db.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        if (email.Enabled)
        {
            await MailAsync(fresh, ct);
        }

        return fresh.Count;
    }

    private async Task MailAsync(IReadOnlyList<Notification> fresh, CancellationToken ct)
    {
        var unitIds = fresh.Select(n => n.UnitId).Distinct().ToList();
        var recipients = await db.Users.AsNoTracking().Where(u => u.UnitId != null && unitIds.Contains(u.UnitId.Value) && u.Email != null)
            .Select(u => new { u.Id, UnitId = u.UnitId!.Value, Email = u.Email! }).ToListAsync(ct);
        foreach (var n in fresh)
        {
            // A personal notification (a leader's escalation) goes to that user only.
            foreach (var r in recipients.Where(r => r.UnitId == n.UnitId && (n.UserId == null || r.Id == n.UserId)))
            {
                await email.SendAsync(r.Email, "[ParPlan] " + Short(n.Text), n.Text + "\n\nXem chi tiết: " + n.Link, ct);
            }
        }
    }

    private Notification New(Guid unit, string key, string text, string link) =>
        new() { UnitId = unit, DedupKey = key, Text = text, Link = link, CreatedAt = time.GetUtcNow() };

    private static string Short(string text) => text.Length > 120 ? text[..119] + "…" : text;
}
