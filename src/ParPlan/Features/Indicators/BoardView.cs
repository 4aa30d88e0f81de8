using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>What the board page shows: the governments to choose from, the periods of the picker (by year, newest
/// first), the board itself (null with <see cref="Problem"/> when it cannot be shown), and whether the user sets its
/// targets.</summary>
public sealed record BoardView(IReadOnlyList<BoardGovernment> Governments, IReadOnlyList<(int Year, IReadOnlyList<ReportingPeriod> Periods)> Picker,
    ReportingPeriod Period, Board? Board, string? Problem, bool OwnsSettings)
{
    /// <summary>True when the user reads no government (an officer of an agency or a public service unit): the one
    /// choice is the user's own unit, and the board shows that unit's numbers.</summary>
    public bool OwnUnit { get; init; }

    /// <summary>The picker's label: "Chính quyền", or "Đơn vị" when the board is the user's own unit's.</summary>
    public string ChoiceLabel => OwnUnit ? "Đơn vị" : "Chính quyền";
}
