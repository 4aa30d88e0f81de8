namespace ParPlan.Core.Spreadsheets;

/// <summary>One sheet of an export: title lines above the table (government, period, export date), the columns and the
/// rows. Cell values: text, numbers (int, long, double, decimal) written as numbers, <see cref="DateOnly"/> written as a
/// date shown dd/MM/yyyy, null as an empty cell.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Title, IReadOnlyList<XlsxColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows);
