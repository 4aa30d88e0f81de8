namespace ParPlan.Core.Spreadsheets;

/// <summary>A column of an exported sheet: its Vietnamese header and its width in characters.</summary>
public sealed record XlsxColumn(string Header, double Width);
