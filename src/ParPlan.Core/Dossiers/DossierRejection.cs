namespace ParPlan.Core.Dossiers;

/// <summary>A rejected row as shown to the user.</summary>
public sealed record DossierRejection(long Line, string Reason);
