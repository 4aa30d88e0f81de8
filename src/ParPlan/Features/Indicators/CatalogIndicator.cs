using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;

namespace ParPlan.Features.Indicators;

/// <summary>The indicator catalogue as stored (seeded from <see cref="IndicatorCatalog"/>), so targets can point at it.</summary>
public sealed class CatalogIndicator
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    public IndicatorKind Kind { get; set; }

    public IndicatorSource Source { get; set; }

    public AreaCode Area { get; set; }
}
