using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Core.Records;

namespace ParPlan.Core.Reports;

/// <summary>
/// Counts a report's records over its window, as of the window's last day: what happened after it (a feedback resolved,
/// an issue closed, a proposal accepted) is not yet so. Each figure is the count of the records behind it, so the
/// annex rows add up (<see cref="RecordAnnexRows"/>).
/// </summary>
public static class RecordCounts
{
    /// <summary>The Decision 766 ratios over the feedback received on the days of the window (<see cref="FeedbackRatios"/>,
    /// the same computation as the feedback log), a feedback resolved after the window's end counting as still open.</summary>
    public static FeedbackRates Feedback(IEnumerable<FeedbackCase> cases, DataWindow window)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(window);
        return FeedbackRatios.Compute(cases.Where(c => window.Contains(c.ReceivedOn))
            .Select(c => c.ResolvedOn > window.To ? c with { ResolvedOn = null, Satisfaction = null } : c), window.To);
    }

    /// <summary>Late dossiers and those with both an explanation and an apology, from the window's dossier indicator
    /// <c>dossier.late-apology-rate</c> (finished late in the window or overdue at its end); none when it is absent.</summary>
    public static ApologyCompliance Apologies(IEnumerable<ReportIndicatorInput> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return indicators.FirstOrDefault(i => i.Code == IndicatorCodes.LateApologyRate) is { } rate
            ? new ApologyCompliance(rate.Denominator, rate.Numerator)
            : new ApologyCompliance(0, 0);
    }

    /// <summary>Dialogues held in the window (none counted when <paramref name="heldOn"/> is null: an agency); issues raised by its end and not closed before its start, closed in it or
    /// open at its end, and the open ones past their due date on its last day.</summary>
    public static DialogueFigures Dialogues(IEnumerable<DateOnly>? heldOn, IEnumerable<(DateOnly RaisedOn, DateOnly DueOn, DateOnly? ClosedOn)> issues,
        DataWindow window)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(window);
        int closed = 0, open = 0, overdue = 0;
        foreach (var (raised, due, closedOn) in issues)
        {
            if (raised > window.To || closedOn < window.From)
            {
                continue;
            }

            var asOfEnd = closedOn > window.To ? null : closedOn;
            var status = DialogueIssueStatus.Of(due, asOfEnd, window.To);
            if (DialogueIssueStatus.IsClosed(status)) closed++;
            else open++;
            if (status == DialogueIssueStatusLabels.Overdue) overdue++;
        }

        return new DialogueFigures(heldOn?.Count(window.Contains), closed + open, closed, open, overdue);
    }

    /// <summary>Initiatives proposed in the window, and those recognised by a decision dated in it.</summary>
    public static InitiativeFigures Initiatives(IEnumerable<(DateOnly ProposedOn, string Stage, DateOnly? DecisionDate)> initiatives, DataWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var list = initiatives?.ToList() ?? throw new ArgumentNullException(nameof(initiatives));
        return new InitiativeFigures(list.Count(i => window.Contains(i.ProposedOn)),
            InitiativeRules.CountRecognised(list.Select(i => (i.Stage, i.DecisionDate)), window.From, window.To));
    }

    /// <summary>Commitments of the window's year signed by its end, and those whose every obligation was reported on by
    /// then.</summary>
    public static CommitmentFigures Commitments(IEnumerable<(int Year, DateOnly SignedOn, IReadOnlyList<DateOnly?> ReportedOn)> commitments, DataWindow window)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(window);
        var signed = commitments.Where(c => c.Year == window.To.Year && c.SignedOn <= window.To).ToList();
        return new CommitmentFigures(signed.Count,
            signed.Count(c => c.ReportedOn.Count > 0 && c.ReportedOn.All(r => r is { } d && d <= window.To)));
    }

    /// <summary>Remediation proposals for the plan of the window's year made by its end, accepted into the plan by then,
    /// and of those, the ones whose task was finished by then.</summary>
    public static RemediationFigures Remediation(IEnumerable<(int PlanYear, DateOnly ProposedOn, DateOnly? AcceptedOn, DateOnly? DoneOn)> proposals,
        DataWindow window)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        ArgumentNullException.ThrowIfNull(window);
        var made = proposals.Where(p => p.PlanYear == window.To.Year && p.ProposedOn <= window.To).ToList();
        var accepted = made.Where(p => p.AcceptedOn <= window.To).ToList();
        return new RemediationFigures(made.Count, accepted.Count, accepted.Count(p => p.DoneOn <= window.To));
    }

    /// <summary>The sectors surveyed against a floor and those below it (index under the floor), by campaign.</summary>
    public static SurveyFigures Survey(int campaigns, IEnumerable<(string Sector, decimal? Index, decimal? Floor)> sectors)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        var judged = sectors.Where(s => s.Index is not null && s.Floor is not null).ToList();
        return new SurveyFigures(campaigns, judged.Count,
            judged.Where(s => s.Index < s.Floor).Select(s => new SectorShortfall(s.Sector, s.Index!.Value, s.Floor!.Value)).ToList());
    }
}
