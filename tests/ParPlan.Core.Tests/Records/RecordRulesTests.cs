using ParPlan.Core.Labels;
using ParPlan.Core.Records;

namespace ParPlan.Core.Tests.Records;

/// <summary>A dialogue issue's status on a day, and the initiative registry's stage rules and count.</summary>
public class RecordRulesTests
{
    private static readonly DateOnly Due = new(2026, 3, 10);

    [Fact]
    public void An_issue_is_open_until_its_due_day_overdue_after_it_and_closed_late_when_closed_after_it()
    {
        Assert.Equal(DialogueIssueStatusLabels.Open, DialogueIssueStatus.Of(Due, null, Due));
        Assert.Equal(DialogueIssueStatusLabels.Overdue, DialogueIssueStatus.Of(Due, null, Due.AddDays(1)));
        Assert.Equal(DialogueIssueStatusLabels.Closed, DialogueIssueStatus.Of(Due, Due, Due.AddDays(30)));
        Assert.Equal(DialogueIssueStatusLabels.ClosedLate, DialogueIssueStatus.Of(Due, Due.AddDays(2), Due.AddDays(2)));
        Assert.Equal("Hoàn thành quá hạn", DialogueIssueStatusLabels.Label(DialogueIssueStatusLabels.ClosedLate));
    }

    [Fact]
    public void An_initiative_moves_forward_only_and_recognition_needs_the_level_the_decision_and_its_date()
    {
        var proposed = new DateOnly(2026, 1, 5);
        var today = new DateOnly(2026, 3, 1);

        Assert.Empty(InitiativeRules.CheckMove(InitiativeStageLabels.Proposed, InitiativeStageLabels.Evaluating, null, null, null, null, proposed, today));
        Assert.Contains("không chuyển sang", Assert.Single(InitiativeRules.CheckMove(InitiativeStageLabels.Proposed, InitiativeStageLabels.Applied,
            null, null, null, null, proposed, today)), StringComparison.Ordinal);
        Assert.Equal(3, InitiativeRules.CheckMove(InitiativeStageLabels.Evaluating, InitiativeStageLabels.Recognised, null, null, null, null, proposed, today).Count);
        Assert.Contains("từ ngày đề xuất", Assert.Single(InitiativeRules.CheckMove(InitiativeStageLabels.Evaluating, InitiativeStageLabels.Recognised,
            RecognitionLevelLabels.Province, "12/QĐ-UBND", new DateOnly(2025, 12, 1), null, proposed, today)), StringComparison.Ordinal);
        Assert.Single(InitiativeRules.CheckMove(InitiativeStageLabels.Recognised, InitiativeStageLabels.Applied, null, null, null, " ", proposed, today));
        Assert.Empty(InitiativeRules.Next(InitiativeStageLabels.NotRecognised));
    }

    [Fact]
    public void Only_initiatives_recognised_by_a_decision_within_the_period_are_counted()
    {
        var list = new (string, DateOnly?)[]
        {
            (InitiativeStageLabels.Recognised, new DateOnly(2026, 2, 20)),
            (InitiativeStageLabels.Applied, new DateOnly(2026, 5, 2)),
            (InitiativeStageLabels.Recognised, new DateOnly(2025, 12, 30)),
            (InitiativeStageLabels.Evaluating, null),
            (InitiativeStageLabels.NotRecognised, null),
        };

        Assert.Equal(2, InitiativeRules.CountRecognised(list, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Equal(1, InitiativeRules.CountRecognised(list, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));
    }
}
