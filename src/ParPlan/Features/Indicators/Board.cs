using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>A government's indicators for a period, as the board page and the export show them.</summary>
public sealed record Board(Guid GovernmentId, string GovernmentCode, string GovernmentName, ReportingPeriod Period, IReadOnlyList<BoardRow> Rows,
    IReadOnlyList<Estimate766Row> Estimate766)
{
    /// <summary>Dossiers of the period counted although their unit did not exist on its last day (see
    /// <see cref="Core.Indicators.IndicatorEngine.OutsideUnitDates"/>).</summary>
    public OutsideDatesCount OutsideUnitDates { get; init; }
}
