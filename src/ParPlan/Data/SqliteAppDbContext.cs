using Microsoft.EntityFrameworkCore;

namespace ParPlan.Data;

/// <summary>The SQLite flavour: owns <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite cannot compare or sort DateTimeOffset; all instants are UTC, so store them as sortable ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // A dossier's key is SQLite's own rowid, given on insert (the writers never set it): AUTOINCREMENT's extra
        // bookkeeping on each of a million inserts is a tenth of an import. (Marked "never generated" because EF's
        // snapshot does not keep the "no AUTOINCREMENT" strategy.)
        builder.Entity<Features.Dossiers.Dossier>().Property(d => d.Id).ValueGeneratedNever();
    }
}
