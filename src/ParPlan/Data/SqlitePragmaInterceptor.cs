using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParPlan.Data;

/// <summary>Gives every connection EF opens on SQLite the store's pragmas (<see cref="SqlitePragmas"/>).</summary>
public sealed class SqlitePragmaInterceptor(SqlitePragmas pragmas) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => pragmas.Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        pragmas.ApplyAsync(connection, cancellationToken);
}
