using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Plans;

/// <summary>A remembered answer to "which unit does this name in a plan mean" for one government, applied to the
/// next import. Exactly one of <see cref="UnitId"/> / <see cref="GroupId"/> is set, or neither with
/// <see cref="Ignore"/> (the name is not a unit of ours: "UBND tỉnh").</summary>
public sealed class UnitNameMapping
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    /// <summary>The name as first written.</summary>
    public string SourceText { get; set; } = "";

    /// <summary>The folded key of the name (<c>TextKey</c>), unique per government.</summary>
    public string FoldedText { get; set; } = "";

    public Guid? UnitId { get; set; }

    public Guid? GroupId { get; set; }

    public bool Ignore { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class UnitNameMappingConfiguration : IEntityTypeConfiguration<UnitNameMapping>
{
    public void Configure(EntityTypeBuilder<UnitNameMapping> builder)
    {
        builder.ToTable("UnitNameMappings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.SourceText).HasMaxLength(1000).IsRequired();
        builder.Property(m => m.FoldedText).HasMaxLength(1000).IsRequired();
        builder.Property(m => m.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.GovernmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<UnitGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.GovernmentId, m.FoldedText }).IsUnique();
    }
}
