namespace ParPlan.Core.Tests.Plans.Layouts;

/// <summary>What a generated task-table column holds.</summary>
public enum LayoutColumn { Ref, Objective, Title, Activity, Output, Lead, Support, Time, Funding, Blank }
