namespace ParPlan.Core.ParIndex;

/// <summary>One leaf in the self-assessment report: its points, explanation and evidence titles.</summary>
public sealed record SelfAssessmentLine(string Code, decimal? SelfScore, bool Applicable, string? Explanation, IReadOnlyList<string> Evidence);
