namespace ParPlan.Core.Reports;

/// <summary>One unit's words in one section of a consolidated report: the start of its text, cut at a word with "…"
/// when longer than the excerpt length.</summary>
public sealed record UnitExcerpt(string UnitId, string UnitName, string Text)
{
    /// <summary>"- UBND xã Vĩnh Linh: “…”".</summary>
    public string Quote => $"- {UnitName}: “{Text}”";
}
