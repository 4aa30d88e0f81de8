using ParPlan.Core.Indicators;

namespace ParPlan.Core.Reports;

/// <summary>A target with its actual and attainment, as computed elsewhere (<see cref="TargetAttainment"/>).</summary>
public sealed record ReportTargetInput(string Text, string? Area, string Comparator, decimal Value, string Unit, decimal? Actual, AttainmentStatus Status);
