using System.Globalization;
using System.Text;
using ParPlan.Core.Schedules;
using ParPlan.Core.Text;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// The one seam between the table reconstruction and the phrase-level pieces (text normalisation, schedule grammar,
/// target extraction, area keywords). Everything the importer asks of a phrase goes through here.
/// </summary>
internal static class PhraseKit
{
    /// <summary>NFC, repaired combining marks, no control characters; the printed form otherwise kept.</summary>
    public static string Normalize(string s) => VietText.Normalize(s);

    /// <summary>A matching key: lower case, no diacritics, đ→d, dashes and whitespace folded.</summary>
    public static string Fold(string s) => VietText.FoldAligned(VietText.CollapseWhitespace(s));

    /// <summary>The full matching key (normalises first; folds i/y spellings): for comparing phrases, not for hot loops.</summary>
    public static string FoldFull(string s) => VietText.Fold(s);

    public static string Collapse(string s) => VietText.CollapseWhitespace(s);

    public static string JoinLines(IEnumerable<string> lines) => VietText.JoinWrapped(lines);

    public static Schedule ParseSchedule(string cell, int year, DatePeriod? period, DateOnly? issuedOn, bool fundingColumn, List<string> warnings)
    {
        var result = ScheduleParser.Parse(cell, new ScheduleContext(year, period, issuedOn, fundingColumn ? ScheduleColumn.Funding : ScheduleColumn.Time));
        warnings.AddRange(result.Warnings);
        return result.Schedule;
    }

    public static Schedule CombineSubRows(IReadOnlyList<(string Label, Schedule Schedule)> rows) => ScheduleParser.CombineSubRows(rows);

    public static IReadOnlyList<PlanTarget> ExtractTargets(string sentence, AreaCode? hint, string source, int year)
    {
        _ = sentence;
        _ = hint;
        _ = source;
        _ = year;
        return [];
    }

    public static AreaCode? AreaFromHeading(string heading) => Fallback.Area(heading);

    public static AreaCode? AreaFromTopic(string text) => Fallback.Area(text);

    /// <summary>Minimal stand-ins used until the phrase library lands.</summary>
    private static class Fallback
    {
        public static AreaCode? Area(string heading)
        {
            var f = PhraseKit.Fold(heading);
            if (f.Contains("chi so", StringComparison.Ordinal) && (f.Contains("duy tri", StringComparison.Ordinal) || f.Contains("nang cao", StringComparison.Ordinal)) && !f.Contains("chi dao", StringComparison.Ordinal))
            {
                return AreaCode.Indices;
            }

            (string Key, AreaCode Code)[] keys =
            [
                ("chi dao", AreaCode.Direction), ("the che", AreaCode.Institutions), ("thu tuc", AreaCode.Procedures),
                ("bo may", AreaCode.Apparatus), ("cong vu", AreaCode.CivilService), ("cong chuc", AreaCode.CivilService),
                ("tai chinh cong", AreaCode.PublicFinance), ("dien tu", AreaCode.DigitalGovernment), ("chinh quyen so", AreaCode.DigitalGovernment),
                ("chinh phu so", AreaCode.DigitalGovernment), ("chuyen doi so", AreaCode.DigitalGovernment),
            ];
            foreach (var (key, code) in keys)
            {
                if (f.Contains(key, StringComparison.Ordinal))
                {
                    return code;
                }
            }

            return null;
        }
    }
}
