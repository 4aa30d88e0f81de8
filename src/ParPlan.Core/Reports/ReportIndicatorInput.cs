namespace ParPlan.Core.Reports;

/// <summary>A dossier indicator for the window: its code, name, numerator and denominator (value = share in %).</summary>
public sealed record ReportIndicatorInput(string Code, string Name, long Numerator, long Denominator)
{
    /// <summary>The value in percent, null when the denominator is zero.</summary>
    public decimal? Value => Denominator == 0 ? null : Math.Round(100m * Numerator / Denominator, 2);
}
