using System.Text;
using Microsoft.Data.Sqlite;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using static ParPlan.Data.SqliteNative;

namespace ParPlan.Features.Indicators;

/// <summary>Reads the rows of a <see cref="StoredDossierYears"/> query on SQLite through a native statement
/// (<see cref="SqliteStatement"/>), as the importer writes them: no data reader, no boxed value per column. The unit,
/// procedure and field texts are decoded once each and shared by every row that holds them. The month's computation
/// reads its tens of thousands of carried-over unfinished dossiers this way in about a third of the data reader's time.</summary>
internal static class SqliteStoredDossiers
{
    /// <summary>Runs <paramref name="sql"/> (the columns of <see cref="StoredDossierYears"/>' select) with the given
    /// named integer parameters and hands every row to <paramref name="add"/> with its last import; returns how many.</summary>
    public static long Read(SqliteConnection connection, string sql, IEnumerable<(string Name, long Value)> parameters,
        Action<DossierRecord, long> add, CancellationToken ct)
    {
        using var statement = new SqliteStatement(connection, sql);
        foreach (var (name, value) in parameters)
        {
            var index = statement.ParameterIndex(name);
            if (index == 0) throw new ArgumentException($"The statement has no parameter {name}.", nameof(parameters));
            statement.Check(statement.BindInt64(index, value));
        }

        var texts = new Texts();
        var h = statement.Handle;
        long n = 0;
        while (statement.Next())
        {
            if ((n & 4095) == 0) ct.ThrowIfCancellationRequested();
            add(new DossierRecord
            {
                Code = Encoding.UTF8.GetString(ColumnUtf8(h, 0)),
                UnitCode = texts.Get(ColumnUtf8(h, 1)),
                ProcedureCode = ColumnIsNull(h, 2) ? null : texts.Get(ColumnUtf8(h, 2)),
                Field = ColumnIsNull(h, 3) ? null : texts.Get(ColumnUtf8(h, 3)),
                ReceivedAt = Instant(h, 4),
                DueAt = Instant(h, 5),
                FinishedAt = ColumnIsNull(h, 6) ? null : Instant(h, 6),
                Status = (DossierStatus)ColumnInt64(h, 7),
                Channel = (DossierChannel)ColumnInt64(h, 8),
                ServiceLevel = ColumnIsNull(h, 9) ? null : (OnlineServiceLevel)ColumnInt64(h, 9),
                HasFees = Flag(h, 10),
                PaidOnline = Flag(h, 11),
                DossierDigitised = Flag(h, 12),
                ResultDigitised = Flag(h, 13),
                DataReused = Flag(h, 14),
                Apologised = Flag(h, 15),
                Rating = ColumnIsNull(h, 16) ? null : (byte)ColumnInt64(h, 16),
            }, ColumnInt64(h, 17));
            n++;
        }

        return n;
    }

    private static DateTimeOffset Instant(IntPtr h, int column) => new(ColumnInt64(h, column), TimeSpan.Zero);

    private static bool? Flag(IntPtr h, int column) => ColumnIsNull(h, column) ? null : ColumnInt64(h, column) != 0;

    /// <summary>One string per distinct text, looked up by its decoded characters without allocating.</summary>
    private sealed class Texts
    {
        private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
        private char[] chars = new char[256];

        public string Get(ReadOnlySpan<byte> utf8)
        {
            if (chars.Length < utf8.Length) chars = new char[utf8.Length]; // UTF-8 never has fewer bytes than UTF-16 units
            var text = chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, chars));
            var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(text, out var pooled)) return pooled;
            var s = text.ToString();
            pool[s] = s;
            return s;
        }
    }
}
