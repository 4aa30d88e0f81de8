namespace ParPlan.Features.Reports;

/// <summary>A section of a report as the API and pages show it.</summary>
public sealed record ReportSectionView(string Code, string Heading, string Text, DateTimeOffset? ChangedAt, string? ChangedBy);
