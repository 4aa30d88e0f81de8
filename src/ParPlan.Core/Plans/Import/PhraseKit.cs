using System.Globalization;
using System.Text;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// The one seam between the table reconstruction and the phrase-level pieces (text normalisation, schedule grammar,
/// target extraction, area keywords). Everything the importer asks of a phrase goes through here.
/// </summary>
internal static class PhraseKit
{
    /// <summary>NFC, repaired combining marks, no control characters; the printed form otherwise kept.</summary>
    public static string Normalize(string s) => Fallback.Normalize(s);

    /// <summary>A matching key: lower case, no diacritics, đ→d, dashes and whitespace folded.</summary>
    public static string Fold(string s) => Fallback.Fold(s);

    public static string Collapse(string s) => Fallback.Collapse(s);

    public static Schedule ParseSchedule(string cell, int year, DatePeriod? period, DateOnly? issuedOn, bool fundingColumn, List<string> warnings)
    {
        _ = fundingColumn;
        _ = issuedOn;
        _ = warnings;
        return Fallback.Schedule(cell, year, period);
    }

    public static Schedule CombineSubRows(IReadOnlyList<(string Label, Schedule Schedule)> rows) => Fallback.Combine(rows);

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
        public static string Normalize(string s)
        {
            var sb = new StringBuilder(s.Length);
            foreach (var c in s)
            {
                if (c == '\t' || !char.IsControl(c))
                {
                    sb.Append(c == '\t' || c == '\u00A0' ? ' ' : c);
                }
            }

            // A combining mark after a space belongs to the letter before the space.
            for (var i = 1; i < sb.Length; i++)
            {
                if (sb[i - 1] == ' ' && CharUnicodeInfo.GetUnicodeCategory(sb[i]) == UnicodeCategory.NonSpacingMark && i >= 2)
                {
                    (sb[i - 1], sb[i]) = (sb[i], ' ');
                }
            }

            return sb.ToString().Normalize(NormalizationForm.FormC);
        }

        public static string Collapse(string s)
        {
            var sb = new StringBuilder(s.Length);
            var space = false;
            foreach (var c in s)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }

        public static string Fold(string s)
        {
            var d = s.Normalize(NormalizationForm.FormD);
            var sb = new StringBuilder(d.Length);
            var space = false;
            foreach (var c in d)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                var ch = c switch
                {
                    'đ' or 'Đ' => 'd',
                    '–' or '—' or '‐' or '−' => '-',
                    _ => char.ToLowerInvariant(c),
                };
                if (char.IsWhiteSpace(ch))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(ch);
            }

            return sb.ToString();
        }

        public static Schedule Schedule(string cell, int year, DatePeriod? period)
        {
            var text = Collapse(cell);
            if (text.Length == 0)
            {
                return Schedules.Schedule.Blank;
            }

            var f = Fold(text);
            var from = period?.From ?? new DateOnly(year, 1, 1);
            var to = period?.To ?? new DateOnly(year, 12, 31);
            if (f.Contains("thuong xuyen", StringComparison.Ordinal))
            {
                return new Schedule { Text = text, Kind = ScheduleKind.Ongoing, From = from, To = to };
            }

            if (f.StartsWith("theo", StringComparison.Ordinal))
            {
                return new Schedule { Text = text, Kind = ScheduleKind.Reference, Reference = text };
            }

            if (f.Contains("sau khi", StringComparison.Ordinal) || f.StartsWith("khi", StringComparison.Ordinal))
            {
                return new Schedule { Text = text, Kind = ScheduleKind.Conditional, Condition = text.Trim('(', ')') };
            }

            return new Schedule { Text = text, Kind = ScheduleKind.Period, From = from, To = to, Due = to };
        }

        public static Schedule Combine(IReadOnlyList<(string Label, Schedule Schedule)> rows)
        {
            if (rows.Count == 1)
            {
                return rows[0].Schedule;
            }

            return new Schedule
            {
                Text = string.Join(" | ", rows.Select(r => r.Schedule.Text)),
                Kind = ScheduleKind.Multi,
                Occurrences = rows.Select(r => new ScheduleOccurrence { Label = r.Label, Due = r.Schedule.Due, Text = r.Schedule.Text }).ToList(),
            };
        }

        public static AreaCode? Area(string heading)
        {
            var f = Fold(heading);
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
