namespace ParPlan.Core.Reports;

/// <summary>Which outline or annex template a report uses: one default, and overrides per unit type.</summary>
public sealed record TemplateKeys(string Default, IReadOnlyDictionary<ReportUnitType, string>? ByUnitType = null)
{
    public string For(ReportUnitType unitType) => ByUnitType is not null && ByUnitType.TryGetValue(unitType, out var key) ? key : Default;
}
