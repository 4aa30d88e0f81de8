using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Cascade;

/// <summary>A government's remembered answer to "which of our units takes the part of this unit of the parent plan"
/// (Sở Nội vụ → Phòng Văn hoá – Xã hội), used by the next child plan it builds, like the unit-name mappings of import.</summary>
public sealed class ChildUnitMapping
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    /// <summary>The unit named in the parent plan.</summary>
    public Guid ParentUnitId { get; set; }

    /// <summary>The government's own unit.</summary>
    public Guid ChildUnitId { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ChildUnitMappingConfiguration : IEntityTypeConfiguration<ChildUnitMapping>
{
    public void Configure(EntityTypeBuilder<ChildUnitMapping> builder)
    {
        builder.ToTable("ChildUnitMappings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.GovernmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.ParentUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.ChildUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.GovernmentId, m.ParentUnitId }).IsUnique();
    }
}
