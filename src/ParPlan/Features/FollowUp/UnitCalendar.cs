using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Calendar;
using ParPlan.Core.Tasks;
using ParPlan.Data;
using ParPlan.Features.Plans;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.FollowUp;

/// <summary>A unit's deadlines as an iCalendar feed at a secret per-unit URL (<c>/lich/{token}.ics</c>) that calendar
/// applications can subscribe to without a cookie. The token is the unit id protected by the app's data-protection keys.</summary>
public sealed class UnitCalendar(AppDbContext db, TaskQueries queries, IDataProtectionProvider protection, TimeProvider time,
    WorkingCalendar calendar)
{
    private IDataProtector Protector => protection.CreateProtector("ParPlan.FollowUp.Calendar.v1");

    public string TokenFor(Guid unitId) => WebEncoders.Base64UrlEncode(Protector.Protect(unitId.ToByteArray()));

    public Guid? UnitOf(string token)
    {
        try
        {
            var bytes = Protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return bytes.Length == 16 ? new Guid(bytes) : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }

    public async Task<string?> IcsAsync(string token, CancellationToken ct = default)
    {
        if (UnitOf(token) is not { } unitId)
        {
            return null;
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name }).FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            return null;
        }

        var today = VietnamTime.Today(time);
        var level = await queries.LevelForDeadlinesAsync(unitId, today, ct);
        var rows = await (from a in db.Set<TaskAssignment>().AsNoTracking()
                          where a.UnitId == unitId
                          join t in db.Set<PlanTask>() on a.TaskId equals t.Id
                          join p in db.Set<Plan>() on t.PlanId equals p.Id
                          where p.Status != PlanStatus.Draft
                          select new { t.Id, t.Ref, t.Title, t.Status, t.ScheduleJson, t.DueDate, p.PeriodFrom, p.PeriodTo, PlanTitle = p.Title, a.Role })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var triggers = await queries.TriggersAsync(ids, ct);
        var events = new List<IcsEvent>();
        foreach (var r in rows.Where(r => !TaskDeadlines.IsClosed(r.Status)).DistinctBy(r => r.Id))
        {
            var timing = new TaskTiming(r.ScheduleJson, r.PeriodFrom, r.PeriodTo, r.Status, r.DueDate, triggers.GetValueOrDefault(r.Id), null);
            foreach (var o in TaskDeadlines.Occurrences(timing, level, calendar).Where(o => o.Due is not null))
            {
                var role = r.Role == AssignmentRole.Lead ? "Chủ trì" : "Phối hợp";
                events.Add(new IcsEvent($"{r.Id:N}-{o.Key}@parplan", o.Due!.Value, $"[{role}] {r.Ref}. {r.Title}",
                    $"{r.PlanTitle}\n{o.Label}", $"/nhiem-vu/{r.Id}"));
            }
        }

        return IcsWriter.Write("ParPlan – " + unit.Name, events.OrderBy(e => e.Date), time.GetUtcNow());
    }

    /// <summary>A short fingerprint for ETags.</summary>
    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
