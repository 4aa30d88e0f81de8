namespace ParPlan.Core.Dossiers;

/// <summary>
/// One data row of a dossier file: accepted (<see cref="Error"/> null, <see cref="Record"/> set) or rejected
/// with a Vietnamese reason. <see cref="Line"/> is the row number as a spreadsheet shows it: the header is
/// line 1, the first data row line 2 (a quoted field spanning several physical lines still counts as one row).
/// </summary>
public readonly record struct DossierRow(long Line, DossierRecord Record, string? Error)
{
    public bool IsAccepted => Error is null;
}
