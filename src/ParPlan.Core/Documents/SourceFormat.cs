namespace ParPlan.Core.Documents;

/// <summary>The file format a <see cref="SourceDocument"/> was read from.</summary>
public enum SourceFormat { Text, Docx, Pdf }
