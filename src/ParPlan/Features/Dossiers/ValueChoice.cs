namespace ParPlan.Features.Dossiers;

/// <summary>One value of a value-mapped column found in the file, with the code suggested (or saved) for it.</summary>
public sealed record ValueChoice(string Value, string? Code);
