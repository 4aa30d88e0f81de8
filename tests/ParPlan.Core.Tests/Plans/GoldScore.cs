using System.Globalization;
using System.Text;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Tests.Plans;

/// <summary>
/// Scores a parse against a hand-checked gold fixture the way the goldNotes ask: lists compared leniently on their
/// joined, folded text; schedules on kind and dates; targets on value, unit, comparator and level with a matching text.
/// </summary>
public sealed record GoldScore(
    IReadOnlyList<string> AreaCountMismatches,
    int GoldTasks,
    int TasksRight,
    IReadOnlyList<string> TaskMisses,
    int GoldTargets,
    int TargetsFound,
    int TargetsRight,
    IReadOnlyList<string> TargetMisses)
{
    public double TaskShare => GoldTasks == 0 ? 1 : (double)TasksRight / GoldTasks;

    public double TargetShare => GoldTargets == 0 ? 1 : (double)TargetsRight / GoldTargets;

    public double ExtraTargetShare => TargetsFound == 0 ? 0 : (double)(TargetsFound - TargetsRight) / TargetsFound;

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"tasks {TasksRight}/{GoldTasks} = {TaskShare:P1} (ref, lead, schedule); targets {TargetsRight}/{GoldTargets} = {TargetShare:P1}; extra targets {TargetsFound - TargetsRight}/{TargetsFound} = {ExtraTargetShare:P1}; area count mismatches {AreaCountMismatches.Count}");

    public static GoldScore Compare(PlanDocument gold, PlanDocument parsed)
    {
        var areaMismatches = new List<string>();
        foreach (var area in gold.Tasks.Select(t => t.Area).Concat(parsed.Tasks.Select(t => t.Area)).Distinct())
        {
            var expected = gold.Tasks.Count(t => t.Area == area);
            var actual = parsed.Tasks.Count(t => t.Area == area);
            if (expected != actual)
            {
                areaMismatches.Add($"{area}: gold {expected}, parsed {actual}");
            }
        }

        var byRef = parsed.Tasks.GroupBy(t => t.Ref).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var right = 0;
        var misses = new List<string>();
        foreach (var task in gold.Tasks)
        {
            if (!byRef.TryGetValue(task.Ref, out var mine))
            {
                misses.Add($"{task.Ref}: missing");
                continue;
            }

            var leadOk = Key(task.Lead) == Key(mine.Lead);
            var scheduleOk = ScheduleKey(task.Schedule) == ScheduleKey(mine.Schedule);
            if (leadOk && scheduleOk)
            {
                right++;
            }
            else
            {
                misses.Add($"{task.Ref}: " + (leadOk ? "" : $"lead [{string.Join("; ", mine.Lead)}] ≠ [{string.Join("; ", task.Lead)}] ")
                           + (scheduleOk ? "" : $"schedule {ScheduleKey(mine.Schedule)} ≠ {ScheduleKey(task.Schedule)}"));
            }
        }

        var used = new HashSet<int>();
        var targetsRight = 0;
        var targetMisses = new List<string>();
        foreach (var target in gold.Targets)
        {
            var match = -1;
            for (var i = 0; i < parsed.Targets.Count && match < 0; i++)
            {
                var t = parsed.Targets[i];
                if (!used.Contains(i) && t.Value == target.Value && t.Unit == target.Unit && t.Comparator == target.Comparator && t.Level == target.Level
                    && Overlap(t.Text, target.Text) >= 0.5)
                {
                    match = i;
                }
            }

            if (match >= 0)
            {
                used.Add(match);
                targetsRight++;
            }
            else
            {
                targetMisses.Add($"{target.Comparator}{target.Value}{target.Unit} {target.Text}");
            }
        }

        return new GoldScore(areaMismatches, gold.Tasks.Count, right, misses, gold.Targets.Count, parsed.Targets.Count, targetsRight, targetMisses);
    }

    /// <summary>A list as one folded string: order kept, separators and case ignored.</summary>
    public static string Key(IEnumerable<string> items) => Fold(string.Join(" ", items));

    public static string Fold(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ch = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(ch) || ch == '&' || ch == '%')
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }

    public static string ScheduleKey(Schedule s) => s.Kind switch
    {
        ScheduleKind.Multi or ScheduleKind.Recurring => $"{s.Kind}[{string.Join(",", (s.Occurrences ?? []).Select(o => o.Due?.ToString("O", CultureInfo.InvariantCulture) ?? "-"))}]",
        ScheduleKind.PerLevel => $"{s.Kind}[{string.Join(",", (s.PerLevel ?? []).Select(o => o.Due?.ToString("O", CultureInfo.InvariantCulture) ?? "-"))}]",
        _ => $"{s.Kind} {s.From:O} {s.To:O} {s.Due:O}",
    };

    private static double Overlap(string a, string b)
    {
        var x = Fold(a).Split(' ').ToHashSet(StringComparer.Ordinal);
        var y = Fold(b).Split(' ').ToHashSet(StringComparer.Ordinal);
        return x.Count == 0 || y.Count == 0 ? 0 : (double)x.Count(y.Contains) / Math.Min(x.Count, y.Count);
    }
}
