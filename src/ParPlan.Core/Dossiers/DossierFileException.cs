namespace ParPlan.Core.Dossiers;

/// <summary>The file as a whole cannot be read (no header, a required column missing).</summary>
public sealed class DossierFileException(string message, Exception? inner = null) : Exception(message, inner);
