using System.Data.Common;

namespace ParPlan.Features.Dossiers;

/// <summary>Plain commands of the import path, where EF's first-query cost would weigh on a fresh process: a command
/// with its parameters, and an instant as each provider stores it.</summary>
internal static class StoreCommands
{
    /// <summary>An instant as the store keeps it: UTC ticks on SQLite, a UTC timestamp on PostgreSQL.</summary>
    public static object Instant(DateTimeOffset at, bool sqlite) => sqlite ? at.UtcTicks : at.ToUniversalTime();

    public static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        return command;
    }
}
