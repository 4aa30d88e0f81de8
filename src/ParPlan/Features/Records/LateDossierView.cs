using ParPlan.Core.Indicators;
using ParPlan.Features.Indicators;

namespace ParPlan.Features.Records;

/// <summary>The late-dossier page: the government and period pickers of the board, the target (the plan's, linked to
/// <c>dossier.late-apology-rate</c>, else 100%), compliance per unit, and the selected unit's dossiers still lacking
/// an explanation or an apology (<see cref="Total"/> of them: the count of <c>dossier.late-without-apology</c>).</summary>
public sealed record LateDossierView(BoardView Board, decimal Target, IReadOnlyList<ComplianceRow> Units, Guid? UnitId, string? UnitName,
    IReadOnlyList<LateDossierListEntry> Lacking, int Total, int Page)
{
    public ReportingPeriod Period => Board.Period;
}
