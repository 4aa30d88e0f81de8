using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>What the board page shows: the governments to choose from, the periods of the picker (by year, newest
/// first), the board itself (null with <see cref="Problem"/> when it cannot be shown), and whether the user sets its
/// targets.</summary>
public sealed record BoardView(IReadOnlyList<BoardGovernment> Governments, IReadOnlyList<(int Year, IReadOnlyList<ReportingPeriod> Periods)> Picker,
    ReportingPeriod Period, Board? Board, string? Problem, bool OwnsSettings);
