using ParPlan.Core.Labels;

namespace ParPlan.Core.Records;

/// <summary>The registry's rules for moving an initiative through its stages (DOMAIN §7.6): proposal → evaluation →
/// recognition (the recognising level, decision number and date) → applied elsewhere; evaluation may also end in "not
/// recognised". Each check returns the Vietnamese problems, empty when the move is allowed.</summary>
public static class InitiativeRules
{
    public const int MaxText = 4000;
    public const int MaxTitle = 500;
    public const int MaxDecisionNumber = 50;

    /// <summary>The stages each stage may move to (forward only; a recognised initiative may still be applied elsewhere).</summary>
    public static IReadOnlyList<string> Next(string stage) => stage switch
    {
        InitiativeStageLabels.Proposed => [InitiativeStageLabels.Evaluating, InitiativeStageLabels.NotRecognised],
        InitiativeStageLabels.Evaluating => [InitiativeStageLabels.Recognised, InitiativeStageLabels.NotRecognised],
        InitiativeStageLabels.Recognised => [InitiativeStageLabels.Applied],
        _ => [],
    };

    public static List<string> CheckMove(string from, string to, string? level, string? decisionNumber, DateOnly? decisionDate, string? appliedWhere,
        DateOnly proposedOn, DateOnly today)
    {
        var problems = new List<string>();
        if (!InitiativeStageLabels.IsKnown(to))
        {
            problems.Add("Chọn giai đoạn tiếp theo của sáng kiến trong danh sách.");
            return problems;
        }

        if (!Next(from).Contains(to))
        {
            problems.Add($"Sáng kiến đang ở giai đoạn «{InitiativeStageLabels.Label(from)}» nên không chuyển sang «{InitiativeStageLabels.Label(to)}» được.");
            return problems;
        }

        if (to == InitiativeStageLabels.Recognised)
        {
            if (!RecognitionLevelLabels.IsKnown(level)) problems.Add("Chọn cấp công nhận sáng kiến.");
            if (string.IsNullOrWhiteSpace(decisionNumber)) problems.Add("Nhập số quyết định công nhận.");
            else if (decisionNumber.Length > MaxDecisionNumber) problems.Add($"Số quyết định không dài quá {MaxDecisionNumber} ký tự.");
            if (decisionDate is not { } d) problems.Add("Nhập ngày quyết định công nhận (dd/MM/yyyy).");
            else if (d < proposedOn || d > today) problems.Add($"Ngày quyết định phải từ ngày đề xuất ({proposedOn:dd/MM/yyyy}) đến hôm nay.");
        }

        if (to == InitiativeStageLabels.Applied && string.IsNullOrWhiteSpace(appliedWhere))
        {
            problems.Add("Ghi rõ sáng kiến đã được nhân rộng, áp dụng ở đâu.");
        }

        return problems;
    }

    /// <summary>Counted toward a numeric target ("ít nhất 01–02 sáng kiến"): recognised (or applied since) by a decision
    /// dated within the period.</summary>
    public static int CountRecognised(IEnumerable<(string Stage, DateOnly? DecisionDate)> initiatives, DateOnly from, DateOnly to) =>
        initiatives.Count(i => i.Stage is InitiativeStageLabels.Recognised or InitiativeStageLabels.Applied
            && i.DecisionDate is { } d && d >= from && d <= to);
}
