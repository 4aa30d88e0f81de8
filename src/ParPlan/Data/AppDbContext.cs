using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ParPlan.Features.Audit;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Data;

/// <summary>The one ParPlan database. Each feature adds its entities through an
/// <see cref="IEntityTypeConfiguration{TEntity}"/> in its own folder. Provider-specific subclasses
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>) own the migrations; services ask for
/// <see cref="AppDbContext"/>.</summary>
public class AppDbContext : IdentityDbContext<AppUser>
{
    public AppDbContext(DbContextOptions<AppDbContext> options)
        : base(options)
    {
    }

    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitParent> UnitParents => Set<UnitParent>();

    public DbSet<UnitName> UnitNames => Set<UnitName>();

    public DbSet<UnitEvent> UnitEvents => Set<UnitEvent>();

    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();

    public DbSet<UnitAlias> UnitAliases => Set<UnitAlias>();

    public DbSet<StandingAgency> StandingAgencies => Set<StandingAgency>();

    public DbSet<UnitGroup> UnitGroups => Set<UnitGroup>();

    public DbSet<UnitGroupMember> UnitGroupMembers => Set<UnitGroupMember>();

    public DbSet<UnitGroupAlias> UnitGroupAliases => Set<UnitGroupAlias>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanRevision> PlanRevisions => Set<PlanRevision>();

    public DbSet<PlanArea> PlanAreas => Set<PlanArea>();

    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();

    public DbSet<TaskAssignment> TaskAssignments => Set<TaskAssignment>();

    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();

    public DbSet<UnitNameMapping> UnitNameMappings => Set<UnitNameMapping>();

    public DbSet<TriggerEvent> TriggerEvents => Set<TriggerEvent>();

    public DbSet<ImportSession> PlanImportSessions => Set<ImportSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        // The one convention for optimistic concurrency: every IVersioned entity's Version is its concurrency token.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Bumps <see cref="IVersioned.Version"/> of every modified aggregate. The original value stays the
    /// concurrency check, so a stale copy fails with <see cref="DbUpdateConcurrencyException"/>.</summary>
    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Version = Math.Max(entry.Entity.Version, 1);
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
    }
}
