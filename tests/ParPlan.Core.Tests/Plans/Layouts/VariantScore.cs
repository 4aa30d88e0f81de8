using System.Globalization;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Layouts;

/// <summary>
/// A parse scored against what it should read: task recall (expected refs found) and precision (parsed refs expected),
/// lead and schedule each right on the expected tasks, and targets found (value, unit, comparator, level, text).
/// </summary>
public sealed record VariantScore(double Recall, double Precision, double Lead, double Schedule, double Targets, IReadOnlyList<string> Misses)
{
    public bool MeetsThresholds => Recall >= 0.95 && Precision >= 0.95 && Lead >= 0.95 && Schedule >= 0.95 && Targets >= 0.9;

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"tasks recall {Recall:0.000} precision {Precision:0.000}; lead {Lead:0.000}; schedule {Schedule:0.000}; targets {Targets:0.000}");

    public static VariantScore Of(PlanDocument expected, PlanDocument parsed)
    {
        var byRef = parsed.Tasks.GroupBy(t => t.Ref).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var expectedRefs = expected.Tasks.Select(t => t.Ref).ToHashSet(StringComparer.Ordinal);
        int found = 0, lead = 0, schedule = 0;
        var misses = new List<string>();
        foreach (var task in expected.Tasks)
        {
            if (!byRef.TryGetValue(task.Ref, out var mine))
            {
                misses.Add($"{task.Ref}: missing");
                continue;
            }

            found++;
            var leadOk = GoldScore.Key(task.Lead) == GoldScore.Key(mine.Lead);
            var scheduleOk = GoldScore.ScheduleKey(task.Schedule) == GoldScore.ScheduleKey(mine.Schedule);
            lead += leadOk ? 1 : 0;
            schedule += scheduleOk ? 1 : 0;
            if (!leadOk)
            {
                misses.Add($"{task.Ref}: lead [{string.Join("; ", mine.Lead)}] ≠ [{string.Join("; ", task.Lead)}]");
            }

            if (!scheduleOk)
            {
                misses.Add($"{task.Ref}: schedule {GoldScore.ScheduleKey(mine.Schedule)} ≠ {GoldScore.ScheduleKey(task.Schedule)}");
            }
        }

        misses.AddRange(parsed.Tasks.Where(t => !expectedRefs.Contains(t.Ref)).Select(t => $"{t.Ref}: not expected ('{t.Title}')"));
        var total = Math.Max(1, expected.Tasks.Count);
        var targets = GoldScore.Compare(expected, parsed);
        misses.AddRange(targets.TargetMisses.Select(m => "target missing: " + m));
        return new VariantScore(
            (double)found / total,
            parsed.Tasks.Count == 0 ? 0 : (double)parsed.Tasks.Count(t => expectedRefs.Contains(t.Ref)) / parsed.Tasks.Count,
            (double)lead / total,
            (double)schedule / total,
            targets.TargetShare,
            misses);
    }
}
