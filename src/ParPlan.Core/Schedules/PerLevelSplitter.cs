using System.Text.RegularExpressions;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Schedules;

/// <summary>
/// Splits a cell that gives a deadline per government level: "-UBND huyện: trước ngày 31/01/2025 - UBND Cấp xã: trước
/// ngày 28/02/2025", "Cấp tỉnh: Quý I; cấp xã: Quý II". A level marker is an optional "UBND"/"Ủy ban nhân dân", an optional
/// "cấp" and a level word, followed by a colon.
/// </summary>
internal static partial class PerLevelSplitter
{
    public static Schedule? TryParse(string text, string key, ScheduleContext context, List<ImportWarning> warnings)
    {
        var markers = LevelMarker().Matches(key);
        if (markers.Count == 0)
        {
            return null;
        }

        var levels = new List<LevelDeadline>();
        for (var i = 0; i < markers.Count; i++)
        {
            var m = markers[i];
            var label = m.Groups["label"];
            var end = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            var start = m.Index + m.Length;
            var body = text[start..end].Trim();
            var bodyKey = key[start..end];
            var items = new ScheduleGrammar(ScheduleTokenizer.Tokenize(bodyKey)) { RawText = bodyKey }.Scan();
            if (items.Count == 0)
            {
                return null;
            }

            var due = items[^1].Due(context.PlanYear);
            if (due is null)
            {
                warnings.Add(ImportWarning.Of(ImportWarningCodes.ImpossibleDate, body));
            }

            levels.Add(new LevelDeadline(LevelOf(label.Value), text.Substring(label.Index, label.Length), due));
        }

        return new Schedule { Text = text, Kind = ScheduleKind.PerLevel, PerLevel = levels };
    }

    internal static GovernmentLevel LevelOf(string foldedLabel)
    {
        if (foldedLabel.Contains("tinh", StringComparison.Ordinal) || foldedLabel.Contains("trung uong", StringComparison.Ordinal))
        {
            return foldedLabel.Contains("tinh", StringComparison.Ordinal) ? GovernmentLevel.Province : GovernmentLevel.National;
        }

        if (Regex.IsMatch(foldedLabel, @"\b(huyen|quan|thi xa|thanh pho)\b"))
        {
            return GovernmentLevel.District;
        }

        return GovernmentLevel.Commune;
    }

    // Level words, longest first so "thị xã" is not read as "xã".
    [GeneratedRegex(@"(?<=^|[-;,.+•]\s*)(?<label>(?:(?:ubnd|uy ban nhan dan)\s+)?(?:cap\s+)?(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong))\s*:")]
    private static partial Regex LevelMarker();
}
