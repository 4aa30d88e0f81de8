using ParPlan.Core.Plans;
using System.Text.RegularExpressions;
using ParPlan.Core.Text;

namespace ParPlan.Core.Schedules;

/// <summary>
/// Interprets a "Thời gian" cell of a plan's task table as a <see cref="Schedule"/> (DOMAIN §5, contract "Schedule kinds").
/// In the <see cref="ScheduleColumn.Funding"/> column nothing is a time: the result is always kind <c>none</c> with the
/// cell text kept (so "Thường xuyên" there is recurrent funding, never an ongoing schedule). Never throws: text it cannot
/// read becomes kind <c>reference</c> holding the whole cell, with a warning.
/// </summary>
public static partial class ScheduleParser
{
    public static ScheduleResult Parse(string cellText, ScheduleContext context)
    {
        var text = VietText.CollapseWhitespace(VietText.Normalize(cellText ?? ""));
        if (context.Column == ScheduleColumn.Funding)
        {
            return new ScheduleResult(new Schedule { Text = text, Kind = ScheduleKind.None }, []);
        }

        if (text.Length == 0)
        {
            return new ScheduleResult(Schedule.Blank, [ImportWarning.Of(ImportWarningCodes.ScheduleBlank)]);
        }

        var warnings = new List<ImportWarning>();
        Schedule schedule;
        try
        {
            schedule = Interpret(text, context, warnings);
        }
#pragma warning disable CA1031 // The importer must survive any cell; the failure becomes a warning.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            warnings.Add(ImportWarning.Of(ImportWarningCodes.ScheduleFailed, text, ex.GetType().Name));
            schedule = new Schedule { Text = text, Kind = ScheduleKind.Reference, Reference = text };
        }

        warnings.AddRange(ScheduleChecks.Check(schedule, context));
        return new ScheduleResult(schedule, warnings);
    }

    /// <summary>
    /// The schedule of a task whose table rows carry their own deadline cells (DOMAIN §4.7): the common schedule when every
    /// row has the same text, otherwise kind <c>multi</c> with the texts joined by " | " and one occurrence per row
    /// (label, text, kind, from, due, condition).
    /// </summary>
    public static Schedule CombineSubRows(IReadOnlyList<(string Label, Schedule Schedule)> rows)
    {
        if (rows.Count == 0)
        {
            return Schedule.Blank;
        }

        if (rows.All(r => r.Schedule.Text == rows[0].Schedule.Text || SameWindow(r.Schedule, rows[0].Schedule)))
        {
            return rows[0].Schedule;
        }

        return new Schedule
        {
            Text = string.Join(" | ", rows.Select(r => r.Schedule.Text)),
            Kind = ScheduleKind.Multi,
            Occurrences = rows.Select(r => new ScheduleOccurrence
            {
                Label = r.Label,
                Text = r.Schedule.Text,
                Kind = r.Schedule.Kind,
                From = r.Schedule.From,
                Due = DueOf(r.Schedule),
                Condition = r.Schedule.Condition,
            }).ToList(),
        };
    }

    /// <summary>Two single deadlines or windows that say the same thing in other words ("Năm 2025" / "Cả năm 2025").</summary>
    private static bool SameWindow(Schedule a, Schedule b) =>
        a.Kind == b.Kind && a.Kind is (ScheduleKind.Date or ScheduleKind.Period or ScheduleKind.Ongoing) && a.From == b.From && a.To == b.To && a.Due == b.Due;

    internal static DateOnly? DueOf(Schedule s) => s.Kind switch
    {
        ScheduleKind.Date or ScheduleKind.Period => s.Due,
        ScheduleKind.Multi or ScheduleKind.Recurring => s.Occurrences?.Select(o => o.Due).LastOrDefault(d => d is not null),
        ScheduleKind.PerLevel => s.PerLevel?.Select(l => l.Due).Where(d => d is not null).Max(),
        _ => null,
    };

    private static Schedule Interpret(string text, ScheduleContext context, List<ImportWarning> warnings)
    {
        var key = VietText.FoldAligned(text);
        var core = Unwrap(text);
        var coreKey = VietText.FoldAligned(core);

        if (PerLevelSplitter.TryParse(text, key, context, warnings) is { } perLevel)
        {
            return perLevel;
        }

        var items = new ScheduleGrammar(ScheduleTokenizer.Tokenize(key)) { RawText = text }.Scan();
        foreach (var item in items.Where(i => i.Label.Length == 0))
        {
            item.Label = text[item.Start..item.End];
        }

        if (TriggerStart().IsMatch(coreKey) || (items.Count == 0 && TriggerAnywhere().IsMatch(coreKey)))
        {
            return new Schedule { Text = text, Kind = ScheduleKind.Conditional, Condition = core.TrimEnd('.', ';', ' ') };
        }

        if (ReferenceClause().IsMatch(coreKey) || (items.Count == 0 && ReferenceAnywhere().IsMatch(coreKey)))
        {
            return new Schedule { Text = text, Kind = ScheduleKind.Reference, Reference = text };
        }

        var year = context.PlanYear;
        if (items.FirstOrDefault(i => i.Window(year) is null) is { } impossible)
        {
            warnings.Add(ImportWarning.Of(ImportWarningCodes.ImpossibleDateIn, impossible.Label, text));
            return new Schedule { Text = text, Kind = ScheduleKind.Reference, Reference = text };
        }

        if (key.Contains("thuong xuyen", StringComparison.Ordinal) || key.Contains("lien tuc", StringComparison.Ordinal))
        {
            var stated = items.FirstOrDefault(i => i.Unit == SpanUnit.Year && i.Year is not null)?.Window(year);
            var period = context.EffectivePeriod;
            return new Schedule
            {
                Text = text, Kind = ScheduleKind.Ongoing,
                From = stated?.From ?? period.From, To = stated?.To ?? period.To,
            };
        }

        if (RecurringRule.TryBuild(text, key, items, context) is { } recurring)
        {
            return recurring;
        }

        if (items.Count == 0)
        {
            warnings.Add(ImportWarning.Of(ImportWarningCodes.ScheduleNotUnderstood, text));
            return new Schedule { Text = text, Kind = ScheduleKind.Reference, Reference = text };
        }

        return FromItems(text, items, year, warnings);
    }

    private static Schedule FromItems(string text, List<TimeItem> items, int year, List<ImportWarning> warnings)
    {
        foreach (var range in items.Where(i => i.RangeEnd is not null))
        {
            var start = range.Window(year)!.Value.From;
            var end = range.RangeEnd!.Window(range.RangeEnd.Year ?? range.Year ?? year)?.To;
            if (end < start)
            {
                warnings.Add(ImportWarning.Of(ImportWarningCodes.RangeReversed, $"{end:yyyy-MM-dd}", $"{start:yyyy-MM-dd}", text));
            }
        }

        if (items.Count == 1)
        {
            return Single(text, items[0], year);
        }

        // A window followed by a stop: "Quý III, IV năm 2025; hoàn thành trước 31/10".
        var window = items[0];
        var stop = items[1];
        if (items.Count == 2 && !window.IsPoint && window.Op is TimeOp.None or TimeOp.Within && stop.IsPoint
            && (stop.Op is TimeOp.Before or TimeOp.Until || stop.Complete))
        {
            var w = window.Window(year)!.Value;
            return new Schedule { Text = text, Kind = ScheduleKind.Period, From = w.From, To = w.To, Due = stop.Due(year) };
        }

        return new Schedule
        {
            Text = text,
            Kind = ScheduleKind.Multi,
            Occurrences = items.Select(i => new ScheduleOccurrence { Label = i.Label, Due = i.Due(year) }).ToList(),
        };
    }

    private static Schedule Single(string text, TimeItem item, int year)
    {
        var w = item.Window(year)!.Value;
        if (item.IsPoint || item.Op is TimeOp.Before or TimeOp.Until || (item.Complete && item.RangeEnd is null))
        {
            return new Schedule { Text = text, Kind = ScheduleKind.Date, Due = item.Due(year) };
        }

        return new Schedule { Text = text, Kind = ScheduleKind.Period, From = w.From, To = w.To, Due = w.To };
    }

    /// <summary>The cell without leading bullets and without brackets around the whole of it.</summary>
    private static string Unwrap(string text)
    {
        var core = text.TrimStart('-', '+', '•', '*', ' ').Trim();
        while (core.Length > 1 && core[0] == '(' && core[^1] == ')' && core.IndexOf(')', StringComparison.Ordinal) == core.Length - 1)
        {
            core = core[1..^1].Trim();
        }

        return core;
    }

    [GeneratedRegex(@"^(ngay\s+)?(sau khi|khi co|khi)\b")]
    private static partial Regex TriggerStart();

    [GeneratedRegex(@"\b(sau khi|khi co)\b")]
    private static partial Regex TriggerAnywhere();

    // A clause that opens with a reference phrase: "Theo Kế hoạch …", "…: Căn cứ vào văn bản …".
    [GeneratedRegex(@"(^|[:;]\s*)(theo|can cu|tuy theo|tuy thuoc)\b")]
    private static partial Regex ReferenceClause();

    [GeneratedRegex(@"\b(theo|can cu)\b")]
    private static partial Regex ReferenceAnywhere();
}
