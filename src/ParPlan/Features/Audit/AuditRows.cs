using System.Data.Common;
using static ParPlan.Data.StoreCommands;

namespace ParPlan.Features.Audit;

/// <summary>An audit entry written with a plain command, inside the caller's transaction, for the paths that write
/// without EF (the dossier import, the indicator values): the same row <see cref="AuditInterceptor"/> writes.</summary>
internal static class AuditRows
{
    public static async Task InsertAsync(DbConnection connection, DbTransaction tx, bool sqlite, DateTimeOffset at, AuditActorInfo who,
        string entityType, string entityKey, AuditAction action, string? before, string after, CancellationToken ct)
    {
        await using var audit = Command(connection, tx,
            "INSERT INTO \"AuditEntries\" (\"At\", \"UserId\", \"UserName\", \"EntityType\", \"EntityKey\", \"Action\", \"Before\", \"After\") "
            + "VALUES (@a, @uid, @un, @t, @k, @act, @before, @after)",
            ("@a", Instant(at, sqlite)), ("@uid", (object?)who.UserId ?? DBNull.Value), ("@un", who.UserName), ("@t", entityType), ("@k", entityKey),
            ("@act", action.ToString()), ("@before", (object?)before ?? DBNull.Value), ("@after", after));
        await audit.ExecuteNonQueryAsync(ct);
    }
}
