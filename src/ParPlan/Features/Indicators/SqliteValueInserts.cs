using System.Globalization;
using Microsoft.Data.Sqlite;
using ParPlan.Data;

namespace ParPlan.Features.Indicators;

/// <summary>Inserts a year's values on SQLite through two statements prepared once per year and bound natively: in
/// groups of <see cref="GroupRows"/> (SQLite opens its cursors and resets the statement once per group), the rest one by
/// one. Decimals are stored as invariant text, as EF stores them on SQLite.</summary>
internal sealed class SqliteValueInserts : IDisposable
{
    /// <summary>Rows per grouped insert (8 values each).</summary>
    internal const int GroupRows = 32;

    private const string Columns = "\"Year\", \"Period\", \"Code\", \"UnitCode\", \"Field\", \"Numerator\", \"Denominator\", \"Value\"";

    private readonly SqliteStatement group;
    private readonly SqliteStatement one;

    public SqliteValueInserts(SqliteConnection connection, int year)
    {
        group = new SqliteStatement(connection,
            $"INSERT INTO \"IndicatorValues\" ({Columns}) VALUES {string.Join(", ", Enumerable.Range(0, GroupRows).Select(Values))}");
        one = new SqliteStatement(connection, $"INSERT INTO \"IndicatorValues\" ({Columns}) VALUES {Values(0)}");
        for (var row = 0; row < GroupRows; row++) group.Check(group.BindInt64(row * 8 + 1, year));
        one.Check(one.BindInt64(1, year));
    }

    public void Insert(List<ComputedValue> rows)
    {
        var i = 0;
        for (; i + GroupRows <= rows.Count; i += GroupRows)
        {
            for (var row = 0; row < GroupRows; row++) Bind(group, row * 8, rows[i + row]);
            group.Run();
        }

        for (; i < rows.Count; i++)
        {
            Bind(one, 0, rows[i]);
            one.Run();
        }
    }

    public void Dispose()
    {
        group.Dispose();
        one.Dispose();
    }

    private static string Values(int row) => "(" + string.Join(", ", Enumerable.Range(row * 8 + 1, 8).Select(i => $"?{i}")) + ")";

    private static void Bind(SqliteStatement s, int at, ComputedValue r) =>
        s.Check(s.BindText(at + 2, r.Period) | s.BindText(at + 3, r.Code) | s.BindText(at + 4, r.Unit) | s.BindText(at + 5, r.Field)
            | s.BindInt64(at + 6, r.Num) | s.BindInt64(at + 7, r.Den)
            | (r.Value is { } v ? s.BindUniqueText(at + 8, v.ToString(CultureInfo.InvariantCulture)) : s.BindText(at + 8, null)));
}
