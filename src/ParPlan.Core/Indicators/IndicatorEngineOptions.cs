namespace ParPlan.Core.Indicators;

/// <summary>Options of <see cref="IndicatorEngine"/>.</summary>
public sealed class IndicatorEngineOptions
{
    /// <summary>Formulas; the contract default when null.</summary>
    public IndicatorConvention? Convention { get; init; }

    /// <summary>Units roll up into their ancestors on each period's end date; each unit stands alone when null.</summary>
    public IUnitHierarchy? Hierarchy { get; init; }

    /// <summary>Also emit one value per lĩnh vực (with <see cref="IndicatorValue.Field"/> set).</summary>
    public bool ByField { get; init; }

    /// <summary>
    /// Also emit one value per procedure (with <see cref="IndicatorValue.ProcedureCode"/> set); needs counts built
    /// with <see cref="DossierAccumulatorOptions.ByProcedure"/>.
    /// </summary>
    public bool ByProcedure { get; init; }

    /// <summary>Only these codes; every code of the convention when null.</summary>
    public IReadOnlyCollection<string>? Codes { get; init; }
}
