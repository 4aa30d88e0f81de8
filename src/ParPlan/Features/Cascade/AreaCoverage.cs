namespace ParPlan.Features.Cascade;

/// <summary>One area of a parent plan on the dashboard: of the (task, lower government) pairs the area's tasks apply to,
/// how many a linked child task covers and how many of those are done.</summary>
public sealed record AreaCoverage(string Area, int Applicable, int Covered, int Done);
