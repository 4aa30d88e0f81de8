using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Cascade;
using ParPlan.Data;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Cascade;

/// <summary>Reminders and escalation for owed plans, as for tasks: the lower government's standing agency is reminded 7,
/// 3 and 1 days before the due date and told when it is overdue; the parent plan's standing agency is asked to urge
/// ("đôn đốc") it. One notification per obligation, unit, due date and threshold.</summary>
public sealed class CascadeFollowUp(AppDbContext db, TimeProvider time) : IFollowUpSource
{
    private static readonly int[] Thresholds = [1, 3, 7];

    public async Task<IReadOnlyList<Notification>> WantedAsync(DateOnly today, CancellationToken ct = default)
    {
        var open = await (from o in db.Set<CascadeObligation>().AsNoTracking()
                          join p in db.Plans.AsNoTracking() on o.PlanId equals p.Id
                          join g in db.Units.AsNoTracking() on o.GovernmentId equals g.Id
                          where !db.Plans.Any(c => c.ParentPlanId == o.PlanId && c.GovernmentId == o.GovernmentId && c.Status != PlanStatus.Draft)
                          select new { o.Id, o.PlanId, o.GovernmentId, o.DueOn, ParentGovernment = p.GovernmentId, p.Number, GovernmentName = g.Name })
            .ToListAsync(ct);
        if (open.Count == 0)
        {
            return [];
        }

        var standing = (await db.StandingAgencies.AsNoTracking()
                .Where(s => (s.ValidFrom == null || s.ValidFrom <= today) && (s.ValidTo == null || s.ValidTo >= today))
                .Select(s => new { s.GovernmentId, s.AgencyId }).ToListAsync(ct))
            .GroupBy(s => s.GovernmentId).ToDictionary(g => g.Key, g => g.First().AgencyId);
        var wanted = new List<Notification>();
        foreach (var o in open)
        {
            var owner = standing.GetValueOrDefault(o.GovernmentId, o.GovernmentId);
            var occurrence = o.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var days = o.DueOn.DayNumber - today.DayNumber;
            var plan = $"Kế hoạch số {o.Number}";
            if (days < 0)
            {
                wanted.Add(New(owner, $"cascade:{o.Id:N}:{owner:N}:{occurrence}:overdue",
                    $"Quá hạn ban hành kế hoạch CCHC thực hiện {plan} (hạn {DateText.Format(o.DueOn)}).", $"/ke-hoach/{o.PlanId}/tu-cap-duoi"));
                var upper = standing.GetValueOrDefault(o.ParentGovernment, o.ParentGovernment);
                wanted.Add(New(upper, $"cascade:{o.Id:N}:{upper:N}:{occurrence}:escalate",
                    $"Đôn đốc: {o.GovernmentName} chưa ban hành kế hoạch thực hiện {plan}, quá hạn từ {DateText.Format(o.DueOn)}.", $"/ke-hoach/{o.PlanId}/phan-cap"));
            }
            else if (Thresholds.FirstOrDefault(th => days <= th) is var threshold and > 0)
            {
                wanted.Add(New(owner, $"cascade:{o.Id:N}:{owner:N}:{occurrence}:{threshold}",
                    $"Nhắc việc: ban hành kế hoạch CCHC thực hiện {plan} trước ngày {DateText.Format(o.DueOn)} (còn {days} ngày).", $"/ke-hoach/{o.PlanId}/tu-cap-duoi"));
            }
        }

        return wanted;
    }

    private Notification New(Guid unit, string key, string text, string link) =>
        new() { UnitId = unit, DedupKey = key, Text = text, Link = link, CreatedAt = time.GetUtcNow() };
}
