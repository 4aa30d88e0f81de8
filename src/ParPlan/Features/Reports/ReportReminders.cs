using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.FollowUp;
using ParPlan.Features.FollowUp.Escalation;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Reports;

/// <summary>
/// Report deadlines for the follow-up job, the way overdue tasks are handled (<see cref="ReminderRunner"/>): every
/// government and its reporting units are reminded 7, 3 and 1 days before each report of the year is due (every regime
/// that applies to the government's level, <see cref="ReportRegimes.ApplicableAsync(Guid, Core.Plans.GovernmentLevel, DateOnly?, CancellationToken)"/>,
/// the due date of the unit's level, and the ad hoc reports of their government; a lower government also those its
/// upper government asks for): a commune is chased for its commune-regime reports, never for the province's; a report not submitted by its due date brings an overdue notice to the
/// unit, an escalation to the receiving level's standing agency and, once late by more than the leader threshold
/// (<c>FollowUp:LeaderEscalationDays</c>, per level), a personal message to the receiving government's leaders.
/// Submitted and accepted reports are not chased. One notification per unit, report, threshold (dedup key).
/// <c>Reports:Reminders=false</c> turns it off.
/// </summary>
public sealed class ReportReminders(AppDbContext db, ReportUnits units, ReportRegimes regimes, OrgTree tree, OrgQueries orgs, IOptions<FollowUpOptions> options,
    IOptions<ReportsOptions> settings, TimeProvider time) : IFollowUpSource
{
    private static readonly int[] Thresholds = [1, 3, 7];

    public async Task<IReadOnlyList<Notification>> WantedAsync(DateOnly today, CancellationToken ct = default)
    {
        if (!settings.Value.Reminders)
        {
            return [];
        }

        var existing = await orgs.GovernmentsAsync(today, ct);
        var governments = existing.Select(g => new UnitInfo(g.Id, g.Code, g.Name, g.Kind)).ToList();
        var levels = existing.ToDictionary(g => g.Id, g => g.Level);
        if (governments.Count == 0)
        {
            return [];
        }

        var year = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sent = await db.Set<ReportInstance>().AsNoTracking().Where(r => r.PeriodCode.StartsWith(year))
            .Select(r => new { r.Id, r.UnitId, r.RegimeCode, r.PeriodCode, r.Status }).ToListAsync(ct);
        var reports = sent.ToDictionary(r => (r.UnitId, r.RegimeCode, r.PeriodCode), r => (r.Id, r.Status));
        var standing = (await db.StandingAgencies.AsNoTracking()
                .Where(s => (s.ValidFrom == null || s.ValidFrom <= today) && (s.ValidTo == null || s.ValidTo >= today))
                .Select(s => new { s.GovernmentId, s.AgencyId }).ToListAsync(ct))
            .GroupBy(s => s.GovernmentId).ToDictionary(g => g.Key, g => g.First().AgencyId);
        var leaders = await LeadersAsync(today, ct);

        var wanted = new List<Notification>();
        foreach (var government in governments)
        {
            var governmentLevel = levels.TryGetValue(government.Id, out var ownLevel) ? ReportRegimes.LevelOf(ownLevel) : Core.Plans.GovernmentLevel.Unknown;
            var applicable = await regimes.ApplicableAsync(government.Id, governmentLevel, today, ct);
            var upper = await tree.ParentOfAsync(government.Id, today, ct) is { } parent ? await tree.GovernmentOfAsync(parent, today, ct) : null;
            var adHoc = (await regimes.AdHocAsync(government.Id, today.Year, ct)).Select(a => a.ToAdHoc().ToInstance()).ToList();
            var upperAdHoc = upper is { } above ? await regimes.UpperAdHocAsync(above, today.Year, adHoc, ct) : [];
            var writers = new List<UnitInfo> { government };
            writers.AddRange((await units.ChildrenAsync(government.Id, today, ct)).Where(c => !c.IsGovernment));
            foreach (var writer in writers)
            {
                var receiver = writer.IsGovernment ? upper ?? government.Id : government.Id;
                var owed = applicable.SelectMany(regime => ReportingCalendar.Instances(regime, today.Year, ReportUnits.TypeOf(writer.Kind))).Concat(adHoc)
                    .Concat(writer.IsGovernment ? upperAdHoc : []);
                foreach (var instance in owed)
                {
                    var report = reports.TryGetValue((writer.Id, instance.RegimeCode, instance.PeriodCode), out var r) ? r : ((Guid Id, ReportStatus Status)?)null;
                    if (report is { Status: ReportStatus.Submitted or ReportStatus.Accepted })
                    {
                        continue;
                    }

                    var due = instance.DueOn(ReportUnits.LevelOf(writer.Kind));
                    var link = report is { } known ? ReportLinks.Report(known.Id) : ReportLinks.Calendar;
                    var key = $"report:{writer.Id:N}:{instance.RegimeCode}:{instance.PeriodCode}";
                    var days = due.DayNumber - today.DayNumber;
                    if (days < 0)
                    {
                        wanted.Add(New(writer.Id, null, key + ":overdue", $"Báo cáo {instance.Label} của {writer.Name} đã quá hạn gửi ({DateText.Format(due)}). Hãy hoàn thành và gửi ngay.", link));
                        var agency = standing.GetValueOrDefault(receiver, receiver);
                        wanted.Add(New(agency, null, key + ":escalate", $"Đôn đốc: {writer.Name} chưa gửi báo cáo {instance.Label}, quá hạn từ {DateText.Format(due)}.", link));
                        var threshold = EscalationTiers.DaysFor(options.Value, levels.TryGetValue(receiver, out var level) ? level : null);
                        if (-days > threshold)
                        {
                            wanted.AddRange(leaders.Where(l => l.Government == receiver).Select(l => New(l.UnitId, l.UserId, key + ":leader:" + l.UserId,
                                $"Báo cáo {instance.Label} của {writer.Name} quá hạn {-days} ngày (hạn {DateText.Format(due)}) mà chưa được gửi.", link)));
                        }
                    }
                    else if (Thresholds.FirstOrDefault(th => days <= th) is var th and > 0)
                    {
                        var left = days == 0 ? "hạn cuối là hôm nay" : $"còn {days} ngày";
                        wanted.Add(New(writer.Id, null, $"{key}:{th}", $"Nhắc báo cáo: {writer.Name} cần gửi báo cáo {instance.Label} trước hạn {DateText.Format(due)} ({left}).", link));
                    }
                }
            }
        }

        return wanted;
    }

    private async Task<List<(string UserId, Guid UnitId, Guid Government)>> LeadersAsync(DateOnly today, CancellationToken ct)
    {
        var leaders = await (from u in db.Users.AsNoTracking()
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join role in db.Roles on ur.RoleId equals role.Id
                             where role.Name == Roles.Leader && u.UnitId != null
                             select new { u.Id, UnitId = u.UnitId!.Value }).ToListAsync(ct);
        var result = new List<(string, Guid, Guid)>(leaders.Count);
        foreach (var l in leaders)
        {
            result.Add((l.Id, l.UnitId, await tree.GovernmentOfAsync(l.UnitId, today, ct) ?? l.UnitId));
        }

        return result;
    }

    private Notification New(Guid unit, string? user, string key, string text, string link) =>
        new() { UnitId = unit, UserId = user, DedupKey = key, Text = text, Link = link, CreatedAt = time.GetUtcNow() };
}
