using System.Data.Common;

namespace ParPlan.Data;

/// <summary>Plain commands, for the paths where EF's first-query cost or per-row work would weigh (the import, the
/// indicator computation): a command with its parameters, one parameter, a query's rows, and an instant and a Guid as
/// each provider stores them. Connections come from <see cref="StoreConnections"/>.</summary>
internal static class StoreCommands
{
    /// <summary>An instant as the store keeps it: UTC ticks on SQLite, a UTC timestamp on PostgreSQL.</summary>
    public static object Instant(DateTimeOffset at, bool sqlite) => sqlite ? at.UtcTicks : at.ToUniversalTime();

    /// <summary>A Guid as the store keeps it: upper-case text on SQLite (as EF writes it), a uuid on PostgreSQL.</summary>
    public static object Id(Guid id, bool sqlite) => sqlite ? id.ToString().ToUpperInvariant() : id;

    /// <summary>The rows of a query, each read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken ct,
        params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(read(reader));
        return rows;
    }

    public static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) Add(command, name, value);
        return command;
    }

    /// <summary>Adds a parameter (null as SQL NULL) and returns it.</summary>
    public static DbParameter Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return p;
    }
}
