using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Reports;
using ParPlan.Data;

namespace ParPlan.Features.Reports.Regimes;

/// <summary>
/// The standing agency's changes to its government's regimes: edit a regime's fields (with the levels of government it
/// applies to) or one period (the first edit stores the government's copy of the regime as it stood for it: the upper
/// government's copy, else the default), go back to that, and add or remove ad hoc reports. Each change
/// is checked by <see cref="RegimeRules"/> first, refused with the current state when the version is stale, and
/// audited.
/// </summary>
public sealed class RegimeCommands(AppDbContext db, RegimeAccess access, ReportRegimes regimes, TimeProvider time)
{
    public async Task<Result<long>> SaveRegimeAsync(ClaimsPrincipal user, Guid governmentId, string code, RegimeEdit edit, long version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return await SaveAsync(user, governmentId, code, version, current => current with
        {
            Name = edit.Name?.Trim() ?? "",
            Basis = edit.Basis?.Trim() ?? "",
            ReceivingBody = edit.ReceivingBody?.Trim() ?? "",
            Outline = new TemplateKeys(edit.OutlineKey ?? ""),
            Annex = new TemplateKeys(edit.AnnexKey ?? "", string.IsNullOrEmpty(edit.AgencyAnnexKey) || edit.AgencyAnnexKey == edit.AnnexKey
                ? null
                : new Dictionary<ReportUnitType, string> { [ReportUnitType.Agency] = edit.AgencyAnnexKey }),
            AppliesTo = edit.AppliesTo?.Distinct().Order().ToList() ?? current.AppliesTo,
        }, ct);
    }

    /// <summary>Replaces the period with <paramref name="period"/>'s key (its kind and index stay the regime's).</summary>
    public async Task<Result<long>> SavePeriodAsync(ClaimsPrincipal user, Guid governmentId, string code, RegimePeriod period, long version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        return await SaveAsync(user, governmentId, code, version, current =>
        {
            var index = current.Periods.ToList().FindIndex(p => p.Key == period.Key);
            if (index < 0)
            {
                return null;
            }

            var periods = current.Periods.ToList();
            periods[index] = period with { Kind = periods[index].Kind, Index = periods[index].Index };
            return current with { Periods = periods };
        }, ct);
    }

    /// <summary>Drops the government's copy: the upper government's copy, else the shipped default, is in force again.</summary>
    public async Task<Result<long>> ResetAsync(ClaimsPrincipal user, Guid governmentId, string code, long version, CancellationToken ct = default)
    {
        if (await access.DenyAsync(user, governmentId, write: true, ct) is { } denied)
        {
            return denied;
        }

        var stored = await db.Set<GovernmentRegime>().FirstOrDefaultAsync(r => r.GovernmentId == governmentId && r.Code == code, ct);
        if (stored is null)
        {
            return 0L;
        }

        if (stored.Version != version)
        {
            return Stale(stored);
        }

        db.Remove(stored);
        await db.SaveChangesAsync(ct);
        return 0L;
    }

    public async Task<Result<Guid>> AddAdHocAsync(ClaimsPrincipal user, Guid governmentId, AdHocInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await access.DenyAsync(user, governmentId, write: true, ct) is { } denied)
        {
            return denied;
        }

        if (AdHocProblems(input) is { Count: > 0 } problems)
        {
            return Error.Invalid(string.Join(" ", problems));
        }

        var due = input.DueOn!.Value;
        var taken = await db.Set<AdHocReportRequest>().Where(r => r.GovernmentId == governmentId).Select(r => r.Code).ToListAsync(ct);
        var prefix = due.Year.ToString(CultureInfo.InvariantCulture) + "-DX";
        var next = Enumerable.Range(1, 999).First(n => !taken.Contains(prefix + n.ToString("00", CultureInfo.InvariantCulture)));
        var request = new AdHocReportRequest
        {
            GovernmentId = governmentId,
            Code = prefix + next.ToString("00", CultureInfo.InvariantCulture),
            Subject = input.Subject!.Trim(),
            WindowFrom = input.WindowFrom!.Value,
            WindowTo = input.WindowTo!.Value,
            DueOn = due,
            ReceivingBody = input.ReceivingBody!.Trim(),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.Identity?.Name,
        };
        db.Add(request);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("Một báo cáo đột xuất khác vừa được thêm cùng lúc. Tải lại trang rồi thêm lại.");
        }

        return request.Id;
    }

    public async Task<Result<bool>> RemoveAdHocAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var request = await db.Set<AdHocReportRequest>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return RegimeAccess.NotFound();
        }

        if (await access.DenyAsync(user, request.GovernmentId, write: true, ct) is { } denied)
        {
            return denied;
        }

        db.Remove(request);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>What is wrong with an ad hoc report as typed, each a sentence saying what to fix.</summary>
    public static IReadOnlyList<string> AdHocProblems(AdHocInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Subject))
        {
            problems.Add("Nhập nội dung báo cáo đột xuất.");
        }
        else if (input.Subject.Trim().Length > AdHocReportRequest.SubjectMax)
        {
            problems.Add($"Nội dung báo cáo đột xuất dài quá {AdHocReportRequest.SubjectMax} ký tự.");
        }

        if (input.WindowFrom is null || input.WindowTo is null || input.DueOn is null)
        {
            problems.Add("Nhập ngày bắt đầu, ngày kết thúc kỳ số liệu và hạn gửi theo dạng ngày/tháng/năm (ví dụ 15/06/2026).");
        }
        else
        {
            if (input.WindowFrom > input.WindowTo)
            {
                problems.Add("Ngày bắt đầu kỳ số liệu phải trước hoặc trùng ngày kết thúc.");
            }

            if (input.DueOn < input.WindowTo)
            {
                problems.Add("Hạn gửi phải sau ngày kết thúc kỳ số liệu.");
            }
        }

        if (string.IsNullOrWhiteSpace(input.ReceivingBody))
        {
            problems.Add("Nhập cơ quan nhận báo cáo.");
        }
        else if (input.ReceivingBody.Trim().Length > GovernmentRegime.BodyMax)
        {
            problems.Add($"Tên cơ quan nhận báo cáo dài quá {GovernmentRegime.BodyMax} ký tự.");
        }

        return problems;
    }

    private async Task<Result<long>> SaveAsync(ClaimsPrincipal user, Guid governmentId, string code, long version, Func<ReportingRegime, ReportingRegime?> change,
        CancellationToken ct)
    {
        if (await access.DenyAsync(user, governmentId, write: true, ct) is { } denied)
        {
            return denied;
        }

        var stored = await db.Set<GovernmentRegime>().FirstOrDefaultAsync(r => r.GovernmentId == governmentId && r.Code == code, ct);
        // The first edit copies the regime as it stands for the government: an upper government's copy, else the default.
        var current = stored?.ToRegime() ?? (await regimes.ForGovernmentAsync(governmentId, ct)).FirstOrDefault(r => r.Code == code);
        if (current is null)
        {
            return RegimeAccess.NotFound();
        }

        if ((stored?.Version ?? 0) != version)
        {
            return stored is null
                ? Error.Conflict("Chế độ báo cáo vừa được khôi phục về mặc định. Tải lại trang rồi sửa lại.")
                : Stale(stored);
        }

        if (change(current) is not { } edited)
        {
            return Error.NotFound("Không tìm thấy kỳ báo cáo này trong chế độ báo cáo.");
        }

        if (RegimeRules.Validate(edited) is { Count: > 0 } problems)
        {
            return Error.Invalid(string.Join(" ", problems));
        }

        if (edited.Name.Length > GovernmentRegime.NameMax || edited.Basis.Length > GovernmentRegime.NameMax || edited.ReceivingBody.Length > GovernmentRegime.BodyMax)
        {
            return Error.Invalid($"Tên và căn cứ của chế độ báo cáo dài tối đa {GovernmentRegime.NameMax} ký tự, cơ quan nhận tối đa {GovernmentRegime.BodyMax} ký tự.");
        }

        if (stored is null)
        {
            stored = new GovernmentRegime { GovernmentId = governmentId };
            db.Add(stored);
        }

        stored.CopyFrom(edited);
        stored.UpdatedAt = time.GetUtcNow();
        stored.UpdatedBy = user.Identity?.Name;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var now = await db.Set<GovernmentRegime>().AsNoTracking().FirstOrDefaultAsync(r => r.GovernmentId == governmentId && r.Code == code, ct);
            return now is null ? Error.Conflict("Chế độ báo cáo vừa thay đổi. Tải lại trang rồi sửa lại.") : Stale(now);
        }

        return stored.Version;
    }

    private static Error Stale(GovernmentRegime now) => Error.Conflict(
        $"Chế độ báo cáo «{now.Name}» vừa được {now.UpdatedBy ?? "người khác"} sửa lúc {DateText.Minute(now.UpdatedAt)}. Tải lại trang để xem bản mới rồi sửa lại.",
        new { code = now.Code, version = now.Version, updatedBy = now.UpdatedBy, updatedAt = now.UpdatedAt });
}
