using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Reports;

/// <summary>
/// Write side of reports: start (prefilled from the store as of the window's end; only under a regime that applies to
/// the unit's government, <see cref="ReportRegimes.ApplicableAsync(Guid, CancellationToken)"/>), edit a section, submit (freezes the
/// figures; a government's report only once every child is accepted or waived), waive a child; the review steps
/// (accept, return, un-accept) are in <c>ReportCommands.Review.cs</c>. Every step checks the version (409 naming who
/// changed what) and is audited by the audit interceptor.
/// </summary>
public sealed partial class ReportCommands(AppDbContext db, ReportAccess access, ReportUnits units, ReportData data,
    ReportConsolidation consolidation, ReportRegimes regimes, ReportInspectionRows inspectionRows, OrgTree tree, TimeProvider time)
{
    public async Task<Result<ReportStarted>> StartAsync(ClaimsPrincipal user, StartReportRequest request, CancellationToken ct = default)
    {
        if (request.UnitId is not { } unitId)
        {
            return Error.Invalid("Chọn đơn vị lập báo cáo (unitId).");
        }

        if (string.IsNullOrWhiteSpace(request.Period) || request.Period.Length < 4
            || !int.TryParse(request.Period.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            return Error.Invalid("Kỳ báo cáo (period) phải có dạng 2026-Q1, 2026-H1, 2026-Q3, 2026-9M hoặc 2026.");
        }

        if (await units.FindAsync(unitId, ct) is not { } unit)
        {
            return ReportAccess.NotFound();
        }

        if (await access.WriteDenyAsync(user, unit.Id, unit.IsGovernment, ct) is { } denied)
        {
            return denied;
        }

        var today = VietnamTime.Today(time);
        var government = unit.IsGovernment ? unit.Id : await tree.GovernmentOfAsync(unit.Id, today, ct) ?? unit.Id;
        var found = (await regimes.OwedAsync(unit.Id, unit.IsGovernment, government, year, ReportUnits.TypeOf(unit.Kind), today, ct))
            .Where(i => request.Regime is null || string.Equals(i.RegimeCode, request.Regime, StringComparison.Ordinal))
            .FirstOrDefault(i => i.PeriodCode == request.Period);
        if (found is null)
        {
            return await NotOwedAsync(unit, government, request, year, ct);
        }

        var existing = await db.Set<ReportInstance>().AsNoTracking()
            .Where(r => r.UnitId == unit.Id && r.RegimeCode == found.RegimeCode && r.PeriodCode == found.PeriodCode).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return Exists(id, found.Label);
        }

        var me = CurrentUser.From(user)!;
        var now = time.GetUtcNow();
        var report = new ReportInstance
        {
            UnitId = unit.Id,
            GovernmentId = government,
            RegimeCode = found.RegimeCode,
            PeriodCode = found.PeriodCode,
            PeriodLabel = found.Label,
            WindowFrom = found.Window.From,
            WindowTo = found.Window.To,
            Cumulative = found.Window.Cumulative,
            AnnexKey = found.AnnexKey,
            DueOn = found.DueOn(ReportUnits.LevelOf(unit.Kind)),
            Status = ReportStatus.Draft,
            CreatedAt = now,
            CreatedBy = me.UserName,
            ChangedAt = now,
            ChangedBy = me.UserName,
            ChangedWhat = "Lập báo cáo",
        };
        var figures = await data.FiguresAsync(unit, found.Window, found.PeriodCode, ct);
        db.Add(report);
        var order = 0;
        foreach (var (code, heading, text) in ReportSentences.Prefill(ReportOutline.Default, figures))
        {
            db.Add(new ReportSection { ReportId = report.Id, Order = order++, Code = code, Heading = heading, Text = text });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var raced = await db.Set<ReportInstance>().AsNoTracking()
                .Where(r => r.UnitId == unit.Id && r.RegimeCode == found.RegimeCode && r.PeriodCode == found.PeriodCode).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
            if (raced is { } other)
            {
                return Exists(other, found.Label);
            }

            throw;
        }

        return new ReportStarted(report.Id);
    }

    public async Task<Result<ReportState>> EditSectionAsync(ClaimsPrincipal user, Guid id, string code, SectionEditRequest request, CancellationToken ct = default)
    {
        var (report, unit, failure) = await ForWriteAsync(user, id, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (request.Text is null)
        {
            return Error.Invalid("Thiếu nội dung của mục (text).");
        }

        if (request.Text.Length > ReportSection.TextMax)
        {
            return Error.Invalid($"Nội dung một mục không quá {ReportSection.TextMax:N0} ký tự.".Replace(",", ".", StringComparison.Ordinal));
        }

        if (await CheckVersionAsync(report!, request.Version, ct) is { } stale)
        {
            return stale;
        }

        var section = await db.Set<ReportSection>().FirstOrDefaultAsync(s => s.ReportId == id && s.Code == code, ct);
        if (section is null)
        {
            return Error.NotFound($"Báo cáo không có mục {code}.");
        }

        var me = CurrentUser.From(user)!;
        section.Text = request.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        section.ChangedAt = time.GetUtcNow();
        section.ChangedBy = me.UserName;
        Touch(report!, me, $"Sửa mục {section.Code} {section.Heading}");
        return await SaveAsync(report!, ct);
    }

    public async Task<Result<ReportState>> SubmitAsync(ClaimsPrincipal user, Guid id, ReportActionRequest request, CancellationToken ct = default)
    {
        var (report, unit, failure) = await ForWriteAsync(user, id, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (await CheckVersionAsync(report!, request.Version, ct) is { } stale)
        {
            return stale;
        }

        IReadOnlyList<ReportChildView>? children = null;
        ConsolidationView? consolidated = null;
        if (unit!.IsGovernment)
        {
            (children, consolidated) = await consolidation.ForAsync(report!, ct);
            var blocking = ReportConsolidation.Blocking(children);
            if (blocking.Count > 0)
            {
                return Error.Conflict($"Chưa gửi được báo cáo: còn {blocking.Count} đơn vị chưa được tiếp nhận báo cáo và chưa được miễn: "
                    + string.Join(", ", blocking.Select(c => c.UnitName)) + ". Hãy tiếp nhận báo cáo của các đơn vị này, hoặc cho miễn kèm lý do.", blocking);
            }
        }

        var figures = await data.FiguresAsync(unit, ReportQueries.Window(report!), report!.PeriodCode, ct);
        var me = CurrentUser.From(user)!;
        var now = time.GetUtcNow();
        var typed = await inspectionRows.FillAsync(unit, report, AnnexTemplates.Merge(report!.AnnexKey, AnnexTemplates.FromJson(report.AnnexJson)), ct);
        report.FiguresJson = new FrozenFigures(figures, children, consolidated, typed).ToJson();
        report.AsOf = now;
        report.Status = ReportStatus.Submitted;
        report.SubmittedAt = now;
        report.SubmittedBy = me.UserName;
        Touch(report, me, "Gửi báo cáo");
        return await SaveAsync(report, ct);
    }

    /// <summary>Excuses a child unit from a government's report (while the report is editable), with a reason.</summary>
    public async Task<Result<ReportState>> WaiveAsync(ClaimsPrincipal user, Guid id, WaiveChildRequest request, CancellationToken ct = default)
    {
        var (report, unit, failure) = await ForWriteAsync(user, id, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (!unit!.IsGovernment)
        {
            return Error.Invalid("Chỉ báo cáo của Ủy ban nhân dân mới tổng hợp báo cáo của đơn vị trực thuộc nên mới cho miễn được.");
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return Error.Invalid("Phải nêu lý do cho đơn vị miễn báo cáo.");
        }

        if (reason.Length > ReportInstance.ReasonMax)
        {
            return Error.Invalid($"Lý do không quá {ReportInstance.ReasonMax} ký tự.");
        }

        var children = await units.ChildrenAsync(unit.Id, report!.WindowTo, ct);
        if (children.FirstOrDefault(c => c.Id == request.ChildUnitId) is not { } child)
        {
            return Error.Invalid("Đơn vị được miễn phải là đơn vị trực thuộc gửi báo cáo cho báo cáo này.");
        }

        var me = CurrentUser.From(user)!;
        var waiver = await db.Set<ReportWaiver>().FirstOrDefaultAsync(w => w.ReportId == id && w.ChildUnitId == child.Id, ct);
        if (waiver is null)
        {
            waiver = new ReportWaiver { ReportId = id, ChildUnitId = child.Id };
            db.Add(waiver);
        }

        waiver.RevokedAt = null;
        waiver.RevokedBy = null;
        waiver.RevokeReason = null;
        waiver.Reason = reason;
        waiver.By = me.UserName;
        waiver.At = time.GetUtcNow();
        Touch(report, me, $"Cho {child.Name} miễn báo cáo");
        return await SaveAsync(report, ct);
    }

    /// <summary>Why the unit owes no report of the requested period: the regime asked for does not apply to its
    /// government's level (400, unless a report of it was already started: 409 with its id), or no applicable regime has
    /// the period (400).</summary>
    private async Task<Error> NotOwedAsync(UnitInfo unit, Guid government, StartReportRequest request, int year, CancellationToken ct)
    {
        var applicable = await regimes.ApplicableAsync(government, ct);
        var follows = applicable.Count == 0 ? "chưa có chế độ báo cáo nào áp dụng cho cấp này"
            : "báo cáo theo " + string.Join(", ", applicable.Select(r => $"«{r.Name}»"));
        if (request.Regime is { } code && await regimes.FindAsync(government, code, ct) is { } other
            && other.Periods.FirstOrDefault(p => p.Period(year).Code == request.Period) is { } period)
        {
            var started = await db.Set<ReportInstance>().AsNoTracking()
                .Where(r => r.UnitId == unit.Id && r.RegimeCode == code && r.PeriodCode == request.Period).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
            if (started is { } id)
            {
                return Exists(id, period.Label(year));
            }

            var level = Core.Labels.GovernmentLevelLabels.Label(await regimes.LevelAsync(government, ct)).ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
            return Error.Invalid($"Chế độ báo cáo «{other.Name}» không áp dụng cho chính quyền {level}: {unit.Name} {follows}. Chọn một kỳ có trong lịch báo cáo.");
        }

        return Error.Invalid(request.Regime is null
            ? $"Không có chế độ báo cáo nào áp dụng cho {unit.Name} có kỳ {request.Period} ({unit.Name} {follows}). Chọn một kỳ có trong lịch báo cáo."
            : $"Chế độ báo cáo {request.Regime} không có kỳ {request.Period}. Chọn một kỳ có trong lịch báo cáo.");
    }
}
