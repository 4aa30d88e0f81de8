namespace ParPlan.Core.Dossiers;

/// <summary>File formats the reader understands.</summary>
public enum DossierFileFormat { Csv, Xlsx }
