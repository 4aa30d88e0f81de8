using System.Data.Common;

namespace ParPlan.Data;

/// <summary>Plain commands, for the paths where EF's first-query cost or per-row work would weigh (the import, the
/// indicator computation): a command with its parameters, one parameter, and an instant as each provider stores it.</summary>
internal static class StoreCommands
{
    /// <summary>An instant as the store keeps it: UTC ticks on SQLite, a UTC timestamp on PostgreSQL.</summary>
    public static object Instant(DateTimeOffset at, bool sqlite) => sqlite ? at.UtcTicks : at.ToUniversalTime();

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
