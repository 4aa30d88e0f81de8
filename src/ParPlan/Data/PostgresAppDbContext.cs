using Microsoft.EntityFrameworkCore;

namespace ParPlan.Data;

/// <summary>The PostgreSQL flavour: owns <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
}
