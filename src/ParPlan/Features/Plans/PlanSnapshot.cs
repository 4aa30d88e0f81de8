using System.Text.Json;
using ParPlan.Core.Plans;

namespace ParPlan.Features.Plans;

/// <summary>What a revision freezes: the plan's metadata and every task's content (not progress).</summary>
public sealed record PlanSnapshot(string Title, string? Number, DateOnly? IssuedOn, string? Signer, DateOnly PeriodFrom, DateOnly PeriodTo,
    string? ParentPlanReference, IReadOnlyList<TaskSnapshot> Tasks)
{
    /// <summary>The snapshot of <paramref name="plan"/>; <paramref name="assignments"/> gives each task's assigned units
    /// (a task missing from it has none).</summary>
    public static PlanSnapshot Of(Plan plan, IEnumerable<PlanTask> tasks, ILookup<Guid, AssignmentSnapshot> assignments) => new(plan.Title,
        plan.Number, plan.IssuedOn, plan.Signer, plan.PeriodFrom, plan.PeriodTo, plan.ParentPlanReference,
        tasks.OrderBy(t => t.Order).Select(t => new TaskSnapshot(t.Ref, t.AreaCode, t.Title, t.ScheduleText, string.Join("; ", PlanJsonText.ReadList(t.OutputsJson)),
            string.Join("; ", PlanJsonText.ReadList(t.LeadTextJson)), string.Join("; ", PlanJsonText.ReadList(t.SupportTextJson)), t.Funding,
            AssignmentSnapshot.Sorted(assignments[t.Id]))).ToList());

    public string ToJson() => JsonSerializer.Serialize(this, PlanJson.Options);

    public static PlanSnapshot? FromJson(string json) => JsonSerializer.Deserialize<PlanSnapshot>(json, PlanJson.Options);

    /// <summary>Readable Vietnamese lines of what changed from <paramref name="before"/> to this snapshot.</summary>
    public IReadOnlyList<string> DiffFrom(PlanSnapshot before)
    {
        var lines = new List<string>();
        Field(lines, "Tên kế hoạch", before.Title, Title);
        Field(lines, "Số hiệu", before.Number, Number);
        Field(lines, "Ngày ban hành", Date(before.IssuedOn), Date(IssuedOn));
        Field(lines, "Người ký", before.Signer, Signer);
        Field(lines, "Kỳ kế hoạch", $"{Date(before.PeriodFrom)} – {Date(before.PeriodTo)}", $"{Date(PeriodFrom)} – {Date(PeriodTo)}");
        Field(lines, "Căn cứ kế hoạch cấp trên", before.ParentPlanReference, ParentPlanReference);
        var old = before.Tasks.GroupBy(t => t.Ref).ToDictionary(g => g.Key, g => g.First());
        var now = Tasks.GroupBy(t => t.Ref).ToDictionary(g => g.Key, g => g.First());
        foreach (var task in before.Tasks.Where(t => !now.ContainsKey(t.Ref)))
        {
            lines.Add($"Bỏ nhiệm vụ {task.Ref}: {task.Title}");
        }

        foreach (var task in Tasks)
        {
            if (!old.TryGetValue(task.Ref, out var was))
            {
                lines.Add($"Thêm nhiệm vụ {task.Ref}: {task.Title}");
                continue;
            }

            var prefix = $"Nhiệm vụ {task.Ref} – ";
            Field(lines, prefix + "nội dung", was.Title, task.Title);
            Field(lines, prefix + "lĩnh vực", was.Area, task.Area);
            Field(lines, prefix + "thời gian", was.Schedule, task.Schedule);
            Field(lines, prefix + "sản phẩm", was.Outputs, task.Outputs);
            Field(lines, prefix + "chủ trì", was.Lead, task.Lead);
            Field(lines, prefix + "phối hợp", was.Support, task.Support);
            Field(lines, prefix + "kinh phí", was.Funding, task.Funding);
            AssignmentSnapshot.Diff(lines, prefix, was.Assignments, task.Assignments);
        }

        return lines;
    }

    private static void Field(List<string> lines, string name, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            lines.Add($"{name}: «{(string.IsNullOrEmpty(before) ? "(trống)" : before)}» → «{(string.IsNullOrEmpty(after) ? "(trống)" : after)}»");
        }
    }

    private static string? Date(DateOnly? date) => date is { } d ? ScheduleDescriber.Format(d) : null;
}
