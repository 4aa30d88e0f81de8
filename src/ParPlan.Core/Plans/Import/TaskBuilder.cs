using ParPlan.Core.Schedules;

namespace ParPlan.Core.Plans.Import;

/// <summary>Turns a table row and its continuation rows into a contract <see cref="PlanTask"/> (DOMAIN §4.3, §4.7).</summary>
internal static class TaskBuilder
{
    public sealed record Context(int Year, DatePeriod? Period, DateOnly? IssuedOn);

    public static PlanTask Build(RawTask raw, Context ctx, List<ImportWarning> warnings)
    {
        var subRows = raw.SubRows.Count > 0 ? raw.SubRows : [new SubRow()];
        var reference = raw.Group.RefOf(raw.Number);
        var first = subRows[0];
        var titleOnly = subRows.Count > 1 && first.OnlyTitle;
        var activities = new List<string>();
        var outputs = new List<string>();
        var lead = new List<string>();
        var support = new List<string>();
        var funding = new List<string>();
        var timed = new List<(string Label, Schedule Schedule)>();
        var details = new List<ActivityDetail>();
        var cellWarnings = new List<ImportWarning>();
        var titleLines = first.Cells.GetValueOrDefault(Col.Title) ?? [];
        if (LetteredParts.Split(titleLines) is var (leadIn, parts))
        {
            titleLines = leadIn;
            activities.AddRange(parts);
        }

        for (var i = 0; i < subRows.Count; i++)
        {
            var row = subRows[i];
            var rowActivities = new List<string>();
            if (i > 0 && row.Has(Col.Title))
            {
                rowActivities.Add(CellLists.WithoutSubNumber(CellLists.Clean(row.Cell(Col.Title))));
            }

            if (row.Has(Col.Activity))
            {
                rowActivities.AddRange(CellLists.Activities(row.Cells[Col.Activity]));
            }

            activities.AddRange(rowActivities.Where(a => a.Length > 0));
            var rowOutputs = row.Has(Col.Output) ? CellLists.Outputs(row.Cells[Col.Output]) : [];
            var (rowLead, rowSupport) = Units(row);
            AddDistinct(outputs, rowOutputs);
            AddDistinct(lead, rowLead);
            AddDistinct(support, rowSupport);
            if (row.Has(Col.Funding))
            {
                AddDistinct(funding, [PhraseKit.Collapse(row.Cell(Col.Funding))]);
            }

            if (titleOnly && i == 0)
            {
                continue;
            }

            var timeText = row.Cell(Col.Time);
            var timeWarnings = new List<ImportWarning>();
            var schedule = PhraseKit.ParseSchedule(timeText, ctx.Year, ctx.Period, ctx.IssuedOn, false, timeWarnings);
            if (TimeNoteSpill.Join(row, schedule) is var joined && joined != timeText)
            {
                var joinedWarnings = new List<ImportWarning>();
                var whole = PhraseKit.ParseSchedule(joined, ctx.Year, ctx.Period, ctx.IssuedOn, false, joinedWarnings);
                if (whole.Kind is not (ScheduleKind.Reference or ScheduleKind.None))
                {
                    (timeText, schedule, timeWarnings) = (joined, whole, joinedWarnings);
                }
            }

            cellWarnings.AddRange(timeWarnings);
            var label = row.Has(Col.Activity) ? LineJoin.Join(row.Cells[Col.Activity]) : row.Has(Col.Title) ? row.Cell(Col.Title) : "";
            label = CellLists.WithoutSubNumber(CellLists.Clean(label));
            if (i == 0 || timeText.Length > 0)
            {
                timed.Add((label, schedule));
            }

            details.Add(new ActivityDetail { Text = label, Outputs = rowOutputs, Lead = rowLead, Support = rowSupport, Schedule = schedule });
        }

        var finalSchedule = timed.Count switch
        {
            0 => Schedule.Blank,
            1 => timed[0].Schedule,
            _ => PhraseKit.CombineSubRows(timed),
        };
        foreach (var w in cellWarnings.Distinct())
        {
            warnings.Add(w.About(reference));
        }

        return new PlanTask
        {
            Ref = reference,
            Area = raw.Group.Area,
            Title = CellLists.Clean(LineJoin.Join(titleLines)).Length > 0
                ? CellLists.WithoutSubNumber(PhraseKit.Collapse(LineJoin.Join(titleLines)).TrimStart('-', ' '))
                : CellLists.Clean(first.Cell(Col.Objective)),
            Objective = first.Has(Col.Objective) ? PhraseKit.Collapse(first.Cell(Col.Objective)) : null,
            Activities = activities,
            Outputs = outputs,
            Lead = lead,
            Support = support,
            Schedule = finalSchedule,
            Funding = funding.Count == 0 ? null : string.Join(" | ", funding),
            ActivityDetails = subRows.Count > 1 && details.Count > 1 ? details : null,
        };
    }

    private static void AddDistinct(List<string> into, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (!into.Any(x => PhraseKit.Fold(x) == PhraseKit.Fold(item)))
            {
                into.Add(item);
            }
        }
    }

    /// <summary>The row's lead and support units; a unit cell labelled "Chủ trì: …" / "Phối hợp: …" or stating the roles
    /// in words ("A chủ trì, phối hợp với B", "A (chủ trì); B (phối hợp)") gives each role its part, whichever of the two
    /// columns it was read into (<see cref="LabelledUnits"/>, <see cref="ProseRoles"/>).</summary>
    private static (List<string> Lead, List<string> Support) Units(SubRow row)
    {
        List<string> lead = [], support = [];
        foreach (var col in (Col[])[Col.Lead, Col.Support])
        {
            if (!row.Has(col))
            {
                continue;
            }

            if ((LabelledUnits.Split(row.Cells[col]) ?? ProseRoles.Split(row.Cells[col], col == Col.Lead)) is var (statedLead, statedSupport))
            {
                lead.AddRange(CellLists.Units(statedLead));
                support.AddRange(CellLists.Units(statedSupport));
            }
            else
            {
                (col == Col.Lead ? lead : support).AddRange(CellLists.Units(row.Cells[col]));
            }
        }

        return (lead, support);
    }
}
