using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>A government's indicators for a period, as the board page and the export show them.</summary>
public sealed record Board(Guid GovernmentId, string GovernmentCode, string GovernmentName, ReportingPeriod Period, IReadOnlyList<BoardRow> Rows,
    IReadOnlyList<Estimate766Row> Estimate766)
{
    /// <summary>Dossiers of the period counted although their unit did not exist on its last day (see
    /// <see cref="Core.Indicators.IndicatorEngine.OutsideUnitDates"/>).</summary>
    public OutsideDatesCount OutsideUnitDates { get; init; }

    /// <summary>The survey's sector floors of the year (on the year's board only, like the survey index itself).</summary>
    public IReadOnlyList<BoardSectorFloor> SectorFloors { get; init; } = [];

    /// <summary>Every target the board assesses, by name and status: each indicator row that has a target, then each
    /// sector floor. The board's counts (<see cref="Count"/>) and their lists are taken from this one list.</summary>
    public IReadOnlyList<(string Name, AttainmentStatus Status)> Targets =>
        [.. Rows.Where(r => r.Target is not null).Select(r => (r.Name, r.Attainment.Status)), .. SectorFloors.Select(s => (s.Name, s.Status))];

    public int Count(AttainmentStatus status) => Targets.Count(t => t.Status == status);

    /// <summary>The names of the targets with <paramref name="status"/>, in board order (the drill-down of a count).</summary>
    public IReadOnlyList<string> Named(AttainmentStatus status) => Targets.Where(t => t.Status == status).Select(t => t.Name).ToList();
}
