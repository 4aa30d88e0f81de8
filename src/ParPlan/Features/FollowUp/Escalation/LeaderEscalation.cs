using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.FollowUp.Escalation;

/// <summary>
/// The second escalation level of the "đôn đốc" duty: a task overdue by more than the threshold of a leader's tier
/// (<see cref="EscalationTiers"/>: <c>FollowUp:LeaderEscalationDaysByLevel</c> for the level of the leader's own
/// government, else <c>FollowUp:LeaderEscalationDays</c>) is reported to that leader when their scope covers the plan's
/// government (the leaders of that government and of the governments above it), as a personal notification. A commune's
/// leaders can so hear first and the province's later. One per task, leader and occurrence (<c>…:leader</c> dedup key).
/// </summary>
public sealed class LeaderEscalation(AppDbContext db, IOrgTree tree, IOptions<FollowUpOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<Notification>> WantedAsync(IReadOnlyList<BoardTask> tasks, DateOnly today, CancellationToken ct = default)
    {
        var settings = options.Value;
        var smallest = EscalationTiers.Smallest(settings);
        var late = tasks.Where(t => t.Overdue && t.DueDate is not null && t.OverdueDays > smallest && !TaskDeadlines.IsClosed(t.Status)).ToList();
        if (late.Count == 0)
        {
            return [];
        }

        var leaders = await (from u in db.Users.AsNoTracking()
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where r.Name == Roles.Leader && u.UnitId != null
                             select new { u.Id, UnitId = u.UnitId!.Value }).ToListAsync(ct);
        var governmentOf = new Dictionary<Guid, Guid>();
        foreach (var unit in leaders.Select(l => l.UnitId).Distinct())
        {
            governmentOf[unit] = await tree.GovernmentOfAsync(unit, today, ct) ?? unit;
        }

        var governments = governmentOf.Values.Distinct().ToList();
        var levelOf = await db.Units.AsNoTracking().Where(u => governments.Contains(u.Id))
            .Select(u => new { u.Id, u.Level }).ToDictionaryAsync(u => u.Id, u => u.Level, ct);
        var thresholdOf = governmentOf.ToDictionary(g => g.Key, g => EscalationTiers.DaysFor(settings, levelOf.TryGetValue(g.Value, out var level) ? level : null));

        var covers = new Dictionary<(Guid Plan, Guid Leader), bool>();
        var wanted = new List<Notification>();
        foreach (var t in late)
        {
            var due = t.DueDate!.Value;
            var occurrence = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var leader in leaders.Where(l => t.OverdueDays > thresholdOf[l.UnitId]))
            {
                var key = (t.GovernmentId, governmentOf[leader.UnitId]);
                if (!covers.TryGetValue(key, out var covered))
                {
                    covered = await tree.IsWithinAsync(t.GovernmentId, key.Item2, today, ct);
                    covers[key] = covered;
                }

                if (covered)
                {
                    wanted.Add(new Notification
                    {
                        UnitId = leader.UnitId, UserId = leader.Id, DedupKey = $"{t.Id:N}:{leader.Id}:{occurrence}:leader", Link = $"/nhiem-vu/{t.Id}",
                        Text = $"Báo cáo lãnh đạo: nhiệm vụ {t.Ref} \"{Short(t.Title)}\" của kế hoạch \"{Short(t.PlanTitle)}\" quá hạn {t.OverdueDays} ngày "
                            + $"(hạn {due:dd/MM/yyyy}), đã đôn đốc cơ quan thường trực.",
                        CreatedAt = time.GetUtcNow(),
                    });
                }
            }
        }

        return wanted;
    }

    private static string Short(string text) => text.Length > 120 ? text[..119] + "…" : text;
}
