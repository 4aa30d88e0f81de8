using Microsoft.EntityFrameworkCore;

namespace ParPlan.Data;

/// <summary>The PostgreSQL flavour: owns <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // A dossier's source and code compare byte by byte ("C"), as on SQLite: the unique (Source, Code) index then
        // costs the import's COPY memcmp instead of the database locale's collation (about a second of server time a
        // million rows under an ICU or glibc language locale). Equality is the same under any deterministic
        // collation, and nothing shown to users is ordered by these two columns.
        var dossier = builder.Entity<Features.Dossiers.Dossier>();
        dossier.Property(d => d.Source).UseCollation("C");
        dossier.Property(d => d.Code).UseCollation("C");
    }
}
