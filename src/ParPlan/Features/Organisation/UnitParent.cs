using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.Organisation;

/// <summary>An effective-dated parent link. Re-parenting closes the old link and opens a new one, so the
/// tree can be read as of any date.</summary>
public sealed class UnitParent
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UnitId { get; set; }

    public Guid ParentId { get; set; }

    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last day of the link (inclusive); null = open.</summary>
    public DateOnly? ValidTo { get; set; }
}

internal sealed class UnitParentConfiguration : IEntityTypeConfiguration<UnitParent>
{
    public void Configure(EntityTypeBuilder<UnitParent> builder)
    {
        builder.ToTable("UnitParents");
        builder.HasKey(p => p.Id);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.UnitId, p.ValidFrom });
        builder.HasIndex(p => new { p.ParentId, p.ValidFrom });
    }
}
