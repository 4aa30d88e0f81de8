using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Inspections;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Inspections;

/// <summary>Write side of inspections: the plan, its units and denominator, the team decision, visits and findings (each
/// finding a remediation task, <see cref="InspectionRemedies"/>). Every change refreshes the government's coverage actual
/// (<see cref="InspectionActuals"/>). Access is checked by the caller (endpoint or page).</summary>
public sealed class InspectionCommands(AppDbContext db, InspectableUnits inspectable, InspectionQueries queries, InspectionRemedies remedies,
    InspectionActuals actuals, IOrgTree tree, AuditActor actor, TimeProvider time)
{
    public async Task<Result<Guid>> CreateAsync(CreateInspectionRequest r, CancellationToken ct = default)
    {
        var title = r.Title?.Trim() ?? "";
        var kind = r.Kind is null or "" ? InspectionKind.Planned : InspectionRules.ParseKind(r.Kind);
        if (r.GovernmentId is not { } government || !await db.Units.AnyAsync(u => u.Id == government && (u.Kind == UnitKind.ProvinceGovernment
                || u.Kind == UnitKind.DistrictGovernment || u.Kind == UnitKind.CommuneGovernment), ct))
        {
            return Error.Invalid("Chọn Ủy ban nhân dân tổ chức kiểm tra (governmentId).");
        }

        if (r.Year is not (>= 2000 and <= 2100) || r.Year is not { } year)
        {
            return Error.Invalid("Nhập năm kiểm tra (từ 2000 đến 2100).");
        }

        if (title.Length == 0 || title.Length > InspectionPlan.TitleMax)
        {
            return Error.Invalid($"Nhập tên kế hoạch kiểm tra (không quá {InspectionPlan.TitleMax} ký tự).");
        }

        if (kind is null)
        {
            return Error.Invalid("Loại kiểm tra phải là kiểm tra theo kế hoạch, kiểm tra đột xuất hoặc tự kiểm tra.");
        }

        if (r.CoverageTarget is < 0 or > 100)
        {
            return Error.Invalid("Chỉ tiêu tỷ lệ kiểm tra phải từ 0 đến 100 (%).");
        }

        var plan = new InspectionPlan
        {
            GovernmentId = government, Year = year, Title = title, Kind = kind.Value, CoverageTarget = r.CoverageTarget,
            CreatedAt = time.GetUtcNow(), CreatedBy = actor.Current.UserName,
        };
        if (r.CoverageTarget is null && kind == InspectionKind.Planned && await queries.ProposedTargetAsync(government, year, ct) is var (value, source))
        {
            (plan.CoverageTarget, plan.TargetSource) = (value, Clip(source, InspectionPlan.TargetSourceMax));
        }

        if (r.DenominatorUnitIds is { Count: > 0 } chosen)
        {
            if (await OutsideAsync(government, year, chosen, ct) is { } outside)
            {
                return outside;
            }

            plan.ChosenDenominator = true;
            db.AddRange(chosen.Distinct().Select(u => new InspectionUnit { InspectionId = plan.Id, UnitId = u, InDenominator = true }));
        }

        db.Add(plan);
        await db.SaveChangesAsync(ct);
        await actuals.RefreshAsync(government, year, ct);
        return plan.Id;
    }

    /// <summary>Replaces the selection and the denominator choice.</summary>
    public async Task<Result<long>> SetUnitsAsync(Guid id, UnitsRequest r, CancellationToken ct = default)
    {
        var plan = await db.Set<InspectionPlan>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return InspectionAccess.NotFound();
        if (r.Version is { } seen && seen != plan.Version) return Stale();
        var selected = (r.Selected ?? []).Distinct().ToList();
        var denominator = r.ChosenDenominator ? (r.Denominator ?? []).Distinct().ToList() : [];
        if (r.ChosenDenominator && denominator.Count == 0)
        {
            return Error.Invalid("Chọn ít nhất một cơ quan, đơn vị để tính tỷ lệ kiểm tra, hoặc tính trên các đơn vị thuộc Ủy ban nhân dân.");
        }

        if (await OutsideAsync(plan.GovernmentId, plan.Year, selected.Concat(denominator).ToList(), ct) is { } outside)
        {
            return outside;
        }

        var rows = await db.Set<InspectionUnit>().Where(u => u.InspectionId == id).ToListAsync(ct);
        foreach (var unit in selected.Concat(denominator).Distinct())
        {
            var row = rows.FirstOrDefault(x => x.UnitId == unit);
            if (row is null)
            {
                row = new InspectionUnit { InspectionId = id, UnitId = unit };
                db.Add(row);
                rows.Add(row);
            }
        }

        foreach (var row in rows)
        {
            (row.Selected, row.InDenominator) = (selected.Contains(row.UnitId), denominator.Contains(row.UnitId));
        }

        db.RemoveRange(rows.Where(x => !x.Selected && !x.InDenominator && db.Entry(x).State != EntityState.Added));
        plan.ChosenDenominator = r.ChosenDenominator;
        plan.Version++;
        await db.SaveChangesAsync(ct);
        await actuals.RefreshAsync(plan.GovernmentId, plan.Year, ct);
        return plan.Version;
    }

    public async Task<Result<long>> SetDecisionAsync(Guid id, DecisionRequest r, CancellationToken ct = default)
    {
        var plan = await db.Set<InspectionPlan>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return InspectionAccess.NotFound();
        if (r.Version is { } seen && seen != plan.Version) return Stale();
        var number = r.Number?.Trim() ?? "";
        if (number.Length == 0 || number.Length > InspectionPlan.DecisionNumberMax || r.Date is null)
        {
            return Error.Invalid("Nhập số quyết định thành lập đoàn kiểm tra (ví dụ 125/QĐ-UBND) và ngày ký (dd/MM/yyyy).");
        }

        (plan.DecisionNumber, plan.DecisionDate) = (number, r.Date);
        plan.Version++;
        await db.SaveChangesAsync(ct);
        return plan.Version;
    }

    public async Task<Result<Guid>> AddVisitAsync(Guid id, VisitRequest r, CancellationToken ct = default)
    {
        var plan = await db.Set<InspectionPlan>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return InspectionAccess.NotFound();
        if (r.UnitId is not { } unit || !await inspectable.IsBelowAsync(plan.GovernmentId, unit, plan.Year, tree, ct))
        {
            return Error.Invalid("Chọn cơ quan, đơn vị được kiểm tra thuộc phạm vi của Ủy ban nhân dân tổ chức kiểm tra (unitId).");
        }

        if (r.Date is not { } date || date.Year != plan.Year)
        {
            return Error.Invalid($"Nhập ngày kiểm tra trong năm {plan.Year} (dd/MM/yyyy).");
        }

        var topics = (r.Topics ?? []).Select(t => (Text: t, Code: InspectionTopicLabels.Parse(t))).ToList();
        var unknown = topics.Where(t => t.Code is null).Select(t => t.Text).FirstOrDefault();
        if (topics.Count == 0 || topics.Any(t => t.Code is null))
        {
            return Error.Invalid((topics.Count == 0 ? "Chọn ít nhất một nội dung kiểm tra" : $"Nội dung kiểm tra \"{unknown}\" không có trong danh mục")
                + "; chọn trong: " + string.Join(", ", InspectionTopicLabels.All.Select(t => t.Label)) + ".");
        }

        if (r.Note is { Length: > InspectionVisit.NoteMax })
        {
            return Error.Invalid($"Ghi chú dài quá {InspectionVisit.NoteMax} ký tự.");
        }

        var visit = new InspectionVisit
        {
            InspectionId = id, UnitId = unit, Date = date, TopicsJson = JsonSerializer.Serialize(InspectionTopicLabels.All.Select(a => a.Code).Where(c => topics.Any(t => t.Code == c)).ToList()),
            Note = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), CreatedAt = time.GetUtcNow(), CreatedBy = actor.Current.UserName,
        };
        db.Add(visit);
        if (!await db.Set<InspectionUnit>().AnyAsync(u => u.InspectionId == id && u.UnitId == unit, ct))
        {
            db.Add(new InspectionUnit { InspectionId = id, UnitId = unit, Selected = true });
        }

        await db.SaveChangesAsync(ct);
        await actuals.RefreshAsync(plan.GovernmentId, plan.Year, ct);
        return visit.Id;
    }

    /// <summary>Records a finding and its remediation task → (finding, task).</summary>
    public async Task<Result<(Guid Id, Guid TaskId)>> AddFindingAsync(Guid visitId, FindingRequest r, CancellationToken ct = default)
    {
        var visit = await db.Set<InspectionVisit>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == visitId, ct);
        if (visit is null) return InspectionAccess.NotFound();
        var text = r.Text?.Trim() ?? "";
        if (text.Length == 0 || text.Length > InspectionFinding.TextMax)
        {
            return Error.Invalid($"Nhập nội dung tồn tại, hạn chế phát hiện qua kiểm tra (không quá {InspectionFinding.TextMax} ký tự).");
        }

        if (r.RemedyDueOn is not { } due || due < visit.Date)
        {
            return Error.Invalid($"Nhập hạn khắc phục (dd/MM/yyyy), không sớm hơn ngày kiểm tra {DateText.Format(visit.Date)}.");
        }

        var plan = await db.Set<InspectionPlan>().AsNoTracking().FirstAsync(p => p.Id == visit.InspectionId, ct);
        var task = await remedies.CreateTaskAsync(plan, visit.UnitId, text, due, ct);
        if (!task.IsSuccess) return task.Error!;
        var finding = new InspectionFinding
        {
            InspectionId = plan.Id, VisitId = visitId, UnitId = visit.UnitId, Text = text, RemedyDueOn = due, TaskId = task.Value,
            CreatedAt = time.GetUtcNow(), CreatedBy = actor.Current.UserName,
        };
        db.Add(finding);
        await db.SaveChangesAsync(ct);
        return (finding.Id, task.Value);
    }

    private async Task<Error?> OutsideAsync(Guid government, int year, IReadOnlyList<Guid> units, CancellationToken ct)
    {
        foreach (var unit in units.Distinct())
        {
            if (!await inspectable.IsBelowAsync(government, unit, year, tree, ct))
            {
                return Error.Invalid("Chỉ chọn được các cơ quan, đơn vị thuộc phạm vi của Ủy ban nhân dân tổ chức kiểm tra.");
            }
        }

        return null;
    }

    private static Error Stale() => Error.Conflict("Kế hoạch kiểm tra vừa được người khác thay đổi; tải lại trang rồi thực hiện lại.");

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
