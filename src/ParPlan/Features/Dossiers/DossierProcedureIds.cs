using System.Data.Common;
using System.Runtime.CompilerServices;
using ParPlan.Core.Dossiers;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Dossiers;

/// <summary>The writers' map from a record's (procedure code, name, field) to its <see cref="DossierProcedure"/> number.
/// The reader hands over the same string objects for repeated texts, so the first lookup is by reference; a miss looks
/// the texts up by their key among the entries the store already has, and only a procedure never seen before is
/// inserted, in the chunk's transaction. Procedures are never deleted, so a number once read stays valid.</summary>
internal sealed class DossierProcedureIds(DbConnection connection)
{
    private readonly Dictionary<(string?, string?, string?), int> byReference = new(ReferenceTupleComparer.Instance);
    private Dictionary<string, int>? byKey;

    /// <summary>The procedure number of <paramref name="r"/>, null when it names no procedure at all.</summary>
    public int? IdOf(in DossierRecord r, DbTransaction? transaction)
    {
        if (r.ProcedureCode is null && r.ProcedureName is null && r.Field is null) return null;
        var texts = (r.ProcedureCode, r.ProcedureName, r.Field);
        if (byReference.TryGetValue(texts, out var id)) return id;
        byKey ??= Load(transaction);
        var key = DossierProcedure.KeyOf(r.ProcedureCode, r.ProcedureName, r.Field);
        if (!byKey.TryGetValue(key, out id))
        {
            id = Insert(key, r, transaction);
            byKey[key] = id;
        }

        // Texts the reader did not pool arrive as new objects each time; keep the reference cache bounded.
        if (byReference.Count > 100_000) byReference.Clear();
        byReference[texts] = id;
        return id;
    }

    private Dictionary<string, int> Load(DbTransaction? transaction)
    {
        using var command = Command(transaction, "SELECT \"Key\", \"Id\" FROM \"DossierProcedures\"");
        using var reader = command.ExecuteReader();
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read()) map[reader.GetString(0)] = reader.GetInt32(1);
        return map;
    }

    /// <summary>Inserts the entry, or reads the number another import gave the same texts meanwhile.</summary>
    private int Insert(string key, in DossierRecord r, DbTransaction? transaction)
    {
        using (var insert = Command(transaction,
            "INSERT INTO \"DossierProcedures\" (\"Key\", \"Code\", \"Name\", \"Field\") VALUES (@k, @c, @n, @f) ON CONFLICT (\"Key\") DO NOTHING"))
        {
            Add(insert, "@k", key);
            Add(insert, "@c", r.ProcedureCode);
            Add(insert, "@n", r.ProcedureName);
            Add(insert, "@f", r.Field);
            insert.ExecuteNonQuery();
        }

        using var select = Command(transaction, "SELECT \"Id\" FROM \"DossierProcedures\" WHERE \"Key\" = @k");
        Add(select, "@k", key);
        return Convert.ToInt32(select.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private DbCommand Command(DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private sealed class ReferenceTupleComparer : IEqualityComparer<(string?, string?, string?)>
    {
        public static readonly ReferenceTupleComparer Instance = new();

        public bool Equals((string?, string?, string?) x, (string?, string?, string?) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2) && ReferenceEquals(x.Item3, y.Item3);

        public int GetHashCode((string?, string?, string?) t) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(t.Item1), RuntimeHelpers.GetHashCode(t.Item2), RuntimeHelpers.GetHashCode(t.Item3));
    }
}
