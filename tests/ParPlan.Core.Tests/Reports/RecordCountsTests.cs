using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Core.Records;
using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Reports;

/// <summary>The report's record figures on small hand-counted sets, over Quý III's window (15/06–14/09/2026).</summary>
public class RecordCountsTests
{
    private static readonly DataWindow Q3 = new(new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14), false);

    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public void Feedback_counts_only_what_was_received_in_the_window_and_what_was_resolved_after_it_is_still_open()
    {
        FeedbackCase[] log =
        [
            new(D(6, 20), D(7, 5), true, D(7, 1), FeedbackSatisfactionLabels.Satisfied),   // on time, satisfied
            new(D(7, 1), D(7, 10), true, D(7, 20), null),                                   // late → unsatisfied-or-overdue
            new(D(8, 1), D(8, 15), true, D(8, 10), FeedbackSatisfactionLabels.Unsatisfied), // on time but unsatisfied
            new(D(9, 1), D(9, 30), true, D(9, 20), null),                                   // resolved after the window: open, not overdue
            new(D(9, 5), D(9, 20), false, null, null),                                      // outside competence
            new(D(6, 14), D(6, 20), true, D(6, 18), null),                                  // before the window
            new(D(9, 15), D(9, 25), true, D(9, 16), null),                                  // after the window
        ];

        var f = RecordCounts.Feedback(log, Q3);
        var values = RecordAnnexRows.Values(new RecordFigures(Feedback: f));

        Assert.Equal((4, 2, 2, 1, 1), (f.Total, f.OnTime, f.UnsatisfiedOrOverdue, f.Open, f.OutsideCompetence));
        Assert.Equal(5m, values["procedures.feedback"]);
        Assert.Equal(4m, values["feedback.within"]);
        Assert.Equal(3m, values["feedback.handled"]);
        Assert.Equal(50m, values["feedback.on-time-rate"]);
        Assert.Equal(50m, values["feedback.satisfaction-rate"]);
    }

    [Fact]
    public void Apologies_come_from_the_windows_late_apology_indicator_and_are_none_without_it()
    {
        var with = RecordCounts.Apologies([new ReportIndicatorInput(IndicatorCodes.LateApologyRate, "x", 2, 3)]);

        Assert.Equal((3L, 2L, 1L), (with.Late, with.Handled, with.Lacking));
        Assert.Equal(66.67m, with.Rate);
        Assert.Equal((0L, 0L), (RecordCounts.Apologies([]).Late, RecordCounts.Apologies([]).Handled));
    }

    [Fact]
    public void Dialogue_issues_are_those_the_window_follows_closed_in_it_or_open_at_its_end_with_the_overdue_among_the_open()
    {
        (DateOnly, DateOnly, DateOnly?)[] issues =
        [
            (D(5, 1), D(6, 30), D(7, 1)),   // closed in the window (late)
            (D(5, 1), D(6, 30), D(6, 10)),  // closed before the window: not followed
            (D(7, 1), D(8, 30), null),      // open, overdue on 14/09
            (D(7, 1), D(9, 30), null),      // open, not yet due
            (D(7, 1), D(8, 1), D(9, 20)),   // closed after the window: open and overdue at its end
            (D(9, 20), D(10, 1), null),     // raised after the window
        ];

        var d = RecordCounts.Dialogues([D(5, 1), D(7, 1), D(9, 20)], issues, Q3);

        Assert.Equal(new DialogueFigures(1, 4, 1, 3, 2), d);
        Assert.Equal(d.Issues, d.Closed + d.Open);
        Assert.Null(RecordCounts.Dialogues(null, issues, Q3).Held);
    }

    [Fact]
    public void Initiatives_proposed_and_recognised_count_by_their_dates_in_the_window()
    {
        (DateOnly, string, DateOnly?)[] registry =
        [
            (D(7, 1), InitiativeStageLabels.Proposed, null),
            (D(3, 1), InitiativeStageLabels.Recognised, D(8, 1)),
            (D(7, 2), InitiativeStageLabels.Applied, D(9, 1)),
            (D(3, 1), InitiativeStageLabels.Recognised, D(6, 1)),
            (D(9, 15), InitiativeStageLabels.Proposed, null),
        ];

        Assert.Equal(new InitiativeFigures(2, 2), RecordCounts.Initiatives(registry, Q3));
    }

    [Fact]
    public void Commitments_of_the_year_signed_by_the_windows_end_are_reported_when_every_obligation_was_reported_by_then()
    {
        (int, DateOnly, IReadOnlyList<DateOnly?>)[] commitments =
        [
            (2026, D(2, 1), [D(9, 1), D(9, 2)]),
            (2026, D(2, 1), [D(9, 1), null]),
            (2026, D(2, 1), [D(9, 1), D(9, 30)]),
            (2026, D(2, 1), []),
            (2025, new DateOnly(2025, 2, 1), [D(1, 5)]),
            (2026, D(9, 20), [D(9, 21)]),
        ];

        Assert.Equal(new CommitmentFigures(4, 1), RecordCounts.Commitments(commitments, Q3));
    }

    [Fact]
    public void Remediation_counts_the_proposals_for_the_windows_plan_year_as_of_its_end()
    {
        (int, DateOnly, DateOnly?, DateOnly?)[] proposals =
        [
            (2026, D(3, 1), D(3, 10), D(8, 1)),  // accepted, done
            (2026, D(3, 1), D(3, 10), D(9, 20)), // accepted, done after the window
            (2026, D(3, 1), D(9, 20), null),     // accepted after the window
            (2026, D(3, 1), null, null),         // still proposed
            (2025, D(3, 1), D(3, 10), D(4, 1)),  // another plan year
            (2026, D(9, 15), null, null),        // proposed after the window
        ];

        Assert.Equal(new RemediationFigures(4, 2, 1), RecordCounts.Remediation(proposals, Q3));
    }

    [Fact]
    public void Survey_sectors_below_their_floor_are_named_with_index_and_floor()
    {
        var s = RecordCounts.Survey(1, [("Đất đai", 80.5m, 85m), ("Y tế", 90m, 85m), ("Giáo dục", null, 85m), ("Khác", 70m, null)]);

        Assert.Equal(1, s.Campaigns);
        Assert.Equal(2, s.Sectors);
        Assert.Equal([new SectorShortfall("Đất đai", 80.5m, 85m)], s.BelowFloor);
    }
}
