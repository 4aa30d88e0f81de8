namespace ParPlan.Core.Reports;

/// <summary>A report's dialogue figures (DOMAIN §7.6) over its window: dialogues held in it, and the issues raised at
/// dialogues that the window follows (raised by its end and not closed before its start), split into those closed in the
/// window and those still open at its end (<see cref="Issues"/> = <see cref="Closed"/> + <see cref="Open"/>); of the open
/// ones, <see cref="Overdue"/> are past their due date on the window's last day. <see cref="Held"/> is null for an
/// agency, which follows the issues it leads but holds no dialogue.</summary>
public sealed record DialogueFigures(int? Held, int Issues, int Closed, int Open, int Overdue);
