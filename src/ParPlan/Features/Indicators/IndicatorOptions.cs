using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>Section <c>Indicators</c>: <c>Convention</c> names the province's <see cref="IndicatorConvention"/>
/// (denominators), e.g. "contract-default", "received-in-period", "carry-over".</summary>
public sealed class IndicatorOptions
{
    public const string Section = "Indicators";

    public string Convention { get; set; } = IndicatorConvention.ContractDefault.Name;

    /// <summary>Hours between scheduled recomputations of every indicator (0 = off, at most 168).</summary>
    public int RefreshHours { get; set; } = 24;

    /// <summary>At the web app's start, run the board's queries once in the background (<see cref="IndicatorBoardWarmUp"/>),
    /// so the first officer who opens the board does not wait for their compilation. The tests turn it off.</summary>
    public bool WarmUp { get; set; } = true;

    public IndicatorConvention ResolveConvention() => IndicatorConvention.ByName(Convention);
}
