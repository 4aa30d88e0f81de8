using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Audit;

namespace ParPlan.Features.Plans;

/// <summary>The plan lifecycle: Draft → Issued (number and date required) → Revised (each change to an issued plan is a
/// numbered revision with a reason and a diff) → Closed. Every change checks the caller's <c>Version</c>.</summary>
public sealed class PlanCommands(AppDbContext db, AuditActor actor, TimeProvider time)
{
    public async Task<Result<Guid>> CreateAsync(CreatePlanRequest request, CancellationToken ct = default)
    {
        if (TooLong(request.Title, request.Number, request.Signer, request.ParentPlanReference) is { } tooLong)
        {
            return tooLong;
        }

        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return Error.Invalid("Nhập tên kế hoạch.");
        }

        if (request.PeriodFrom is not { } from || request.PeriodTo is not { } to || to < from)
        {
            return Error.Invalid("Nhập kỳ kế hoạch (từ ngày – đến ngày) hợp lệ.");
        }

        var plan = new Plan
        {
            GovernmentId = request.GovernmentId, Title = request.Title.Trim(), Number = Blank(request.Number), IssuedOn = request.IssuedOn,
            Signer = Blank(request.Signer), PeriodFrom = from, PeriodTo = to, ParentPlanReference = Blank(request.ParentPlanReference),
            CreatedAt = time.GetUtcNow(), CreatedBy = actor.Current.UserName,
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }

    public async Task<Result<long>> IssueAsync(Guid planId, string? number, DateOnly? issuedOn, long? version, CancellationToken ct = default)
    {
        if (PlanIssueRule.Missing(number, issuedOn) is { Count: > 0 } missing)
        {
            return Error.Invalid(PlanIssueRule.Message(missing));
        }

        if (TextLimits.Check(("Số hiệu kế hoạch", number, Plan.NumberMax)) is { } tooLong)
        {
            return tooLong;
        }

        var notices = await PlanIssueNotices.ForAsync(db, planId, time.GetUtcNow(), ct);
        return await ChangeAsync(planId, version, null, (plan, _) =>
        {
            if (plan.Status != PlanStatus.Draft)
            {
                return Error.Conflict($"Kế hoạch đang ở trạng thái «{PlanQueries.StatusName(PlanQueries.StatusText(plan.Status))}», chỉ dự thảo mới ban hành được.");
            }

            plan.Number = number!.Trim();
            plan.IssuedOn = issuedOn;
            plan.Status = PlanStatus.Issued;
            notices.Add(db, plan);
            return (Error?)null;
        }, ChangeKind.Issue, ct);
    }

    public Task<Result<long>> CloseAsync(Guid planId, long? version, CancellationToken ct = default) =>
        ChangeAsync(planId, version, null, (plan, _) =>
        {
            if (plan.Status is not (PlanStatus.Issued or PlanStatus.Revised))
            {
                return Error.Conflict("Chỉ kết thúc được kế hoạch đã ban hành.");
            }

            plan.Status = PlanStatus.Closed;
            plan.ClosedAt = time.GetUtcNow();
            return (Error?)null;
        }, ChangeKind.Close, ct);

    public Task<Result<long>> UpdateMetadataAsync(Guid planId, PlanMetadataEdit edit, long? version, string? reason, CancellationToken ct = default) =>
        ChangeAsync(planId, version, reason, (plan, _) =>
        {
            if (string.IsNullOrWhiteSpace(edit.Title))
            {
                return Error.Invalid("Nhập tên kế hoạch.");
            }

            if ((TooLong(edit.Title, edit.Number, edit.Signer, edit.ParentPlanReference) ?? TextLimits.Check(("Lý do điều chỉnh", reason, PlanRevision.ReasonMax))) is { } tooLong)
            {
                return tooLong;
            }

            if (edit.PeriodFrom is not { } from || edit.PeriodTo is not { } to || to < from)
            {
                return Error.Invalid("Nhập kỳ kế hoạch (từ ngày – đến ngày) hợp lệ.");
            }

            if (plan.Status != PlanStatus.Draft && (string.IsNullOrWhiteSpace(edit.Number) || edit.IssuedOn is null))
            {
                return Error.Invalid("Kế hoạch đã ban hành phải giữ số hiệu và ngày ban hành.");
            }

            plan.Title = edit.Title.Trim();
            plan.Number = Blank(edit.Number);
            plan.IssuedOn = edit.IssuedOn;
            plan.Signer = Blank(edit.Signer);
            plan.PeriodFrom = from;
            plan.PeriodTo = to;
            plan.ParentPlanReference = Blank(edit.ParentPlanReference);
            return (Error?)null;
        }, ChangeKind.Edit, ct);

    public async Task<Result<long>> UpdateTaskAsync(Guid taskId, TaskEdit edit, long? version, string? reason, CancellationToken ct = default)
    {
        var task = await db.PlanTasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return Error.NotFound("Không tìm thấy nhiệm vụ.");
        }

        if (version is { } v && v != task.Version)
        {
            return await ConflictAsync(nameof(PlanTask), task.Id, "Nhiệm vụ");
        }

        var result = await ChangeAsync(task.PlanId, null, reason, (plan, _) =>
        {
            if (string.IsNullOrWhiteSpace(edit.Title))
            {
                return Error.Invalid("Nội dung nhiệm vụ không được để trống.");
            }

            if (TextLimits.Check(("Nội dung nhiệm vụ", edit.Title, PlanTask.TitleMax), ("Mã lĩnh vực", edit.AreaCode, PlanTask.AreaCodeMax),
                    ("Sản phẩm", edit.Outputs, PlanTask.TitleMax), ("Thời gian thực hiện", edit.ScheduleText, PlanTask.ScheduleTextMax),
                    ("Kinh phí", edit.Funding, PlanTask.FundingMax), ("Lý do điều chỉnh", reason, PlanRevision.ReasonMax)) is { } tooLong)
            {
                return tooLong;
            }

            task.Title = edit.Title.Trim();
            task.AreaCode = Blank(edit.AreaCode);
            task.OutputsJson = PlanJsonText.List((edit.Outputs ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            task.Funding = Blank(edit.Funding);
            var text = (edit.ScheduleText ?? "").Trim();
            if (text != task.ScheduleText)
            {
                var schedule = text.Length == 0 ? Schedule.Blank
                    : ScheduleParser.Parse(text, new ScheduleContext(plan.PeriodFrom.Year, new DatePeriod(plan.PeriodFrom, plan.PeriodTo), plan.IssuedOn)).Schedule;
                task.ScheduleText = text;
                task.ScheduleJson = PlanJsonText.Schedule(schedule);
                task.ScheduleKind = PlanJsonText.Enum(schedule.Kind);
                task.DueDate = PlanJsonText.DueDate(schedule);
            }

            return (Error?)null;
        }, ChangeKind.Edit, ct);
        return result.IsSuccess ? task.Version : result;
    }

    /// <summary>A change to the plan's content made elsewhere (e.g. picking units for an open class) under the same rules:
    /// free while a draft, a numbered revision with a reason once issued, refused once closed.</summary>
    public Task<Result<long>> EditAsync(Guid planId, long? version, string? reason, Func<Plan, AppDbContext, Error?> change, CancellationToken ct = default) =>
        ChangeAsync(planId, version, reason, change, ChangeKind.Edit, ct);

    /// <summary>Loads the plan, checks the version and state, applies <paramref name="change"/>; an edit of an issued plan
    /// records a numbered revision, issuing records revision 0.</summary>
    private async Task<Result<long>> ChangeAsync(Guid planId, long? version, string? reason, Func<Plan, AppDbContext, Error?> change, ChangeKind kind,
        CancellationToken ct)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return Error.NotFound("Không tìm thấy kế hoạch.");
        }

        if (version is { } v && v != plan.Version)
        {
            return await ConflictAsync(nameof(Plan), plan.Id, "Kế hoạch");
        }

        var statusBefore = plan.Status;
        var revising = kind == ChangeKind.Edit && statusBefore is PlanStatus.Issued or PlanStatus.Revised;
        if (statusBefore == PlanStatus.Closed)
        {
            return Error.Conflict("Kế hoạch đã kết thúc, không thể thay đổi.");
        }

        if (revising && kind == ChangeKind.Edit && string.IsNullOrWhiteSpace(reason))
        {
            return Error.Invalid("Kế hoạch đã ban hành: nhập lý do điều chỉnh.");
        }

        if (change(plan, db) is { } error)
        {
            return error;
        }

        if (kind == ChangeKind.Issue)
        {
            await AddRevisionAsync(plan, 0, "Ban hành", ct);
        }
        else if (revising)
        {
            plan.Status = PlanStatus.Revised;
            plan.RevisionNumber++;
            await AddRevisionAsync(plan, plan.RevisionNumber, reason!.Trim(), ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(nameof(Plan), planId, "Kế hoạch");
        }

        return plan.Version;
    }

    private async Task AddRevisionAsync(Plan plan, int number, string reason, CancellationToken ct)
    {
        var tasks = db.ChangeTracker.Entries<PlanTask>().Where(e => e.Entity.PlanId == plan.Id).Select(e => e.Entity).ToList();
        var loaded = tasks.Select(t => t.Id).ToList();
        tasks.AddRange(await db.PlanTasks.Where(t => t.PlanId == plan.Id && !loaded.Contains(t.Id)).ToListAsync(ct));
        var assignments = await AssignmentSnapshot.LoadAsync(db, plan.Id, tasks.Select(t => t.Id).ToHashSet(), ct);
        var snapshot = PlanSnapshot.Of(plan, tasks, assignments);
        var previousJson = await db.PlanRevisions.Where(r => r.PlanId == plan.Id).OrderByDescending(r => r.Number).Select(r => r.SnapshotJson).FirstOrDefaultAsync(ct);
        var diff = previousJson is not null && PlanSnapshot.FromJson(previousJson) is { } previous ? snapshot.DiffFrom(previous) : [];
        db.PlanRevisions.Add(new PlanRevision
        {
            PlanId = plan.Id, Number = number, Reason = BlankOr(reason, "Điều chỉnh"), SnapshotJson = snapshot.ToJson(), DiffJson = PlanJsonText.List(diff),
            CreatedBy = actor.Current.UserName, CreatedAt = time.GetUtcNow(),
        });
    }

    /// <summary>A stale edit: says who changed what since, from the audit log.</summary>
    private async Task<Error> ConflictAsync(string entityType, Guid id, string what)
    {
        var key = id.ToString();
        var last = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityKey == key)
            .OrderByDescending(a => a.Id).Select(a => new { a.UserName, a.At, a.After }).FirstOrDefaultAsync();
        var who = last is null ? "người khác" : $"{last.UserName} lúc {VietnamTime.ToLocal(last.At):HH:mm dd/MM/yyyy}";
        var what2 = PlanChangeText.Describe(last?.After) is { Length: > 0 } after ? $" Thay đổi của họ: {after}." : "";
        return Error.Conflict($"{what} đã được {who} thay đổi sau khi bạn mở.{what2} Hãy tải lại để xem bản mới nhất rồi sửa lại.");
    }

    private enum ChangeKind
    {
        Edit,
        Issue,
        Close,
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string BlankOr(string? text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;

    private static Error? TooLong(string? title, string? number, string? signer, string? parent) => TextLimits.Check(
        ("Tên kế hoạch", title, Plan.TitleMax), ("Số hiệu kế hoạch", number, Plan.NumberMax), ("Người ký", signer, Plan.SignerMax),
        ("Văn bản cấp trên", parent, Plan.ReferenceMax));
}
