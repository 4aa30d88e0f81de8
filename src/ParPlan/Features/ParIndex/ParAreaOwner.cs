using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.ParIndex;

/// <summary>Which unit of a government scores the criteria of one area (D2 §III.3–5): its officers score those criteria;
/// the standing agency scores the rest, compiles and submits.</summary>
public sealed class ParAreaOwner
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    public string Area { get; set; } = "";

    public Guid UnitId { get; set; }
}

internal sealed class ParAreaOwnerConfiguration : IEntityTypeConfiguration<ParAreaOwner>
{
    public void Configure(EntityTypeBuilder<ParAreaOwner> builder)
    {
        builder.ToTable("ParAreaOwners");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Area).HasMaxLength(40).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.GovernmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.GovernmentId, o.Area }).IsUnique();
    }
}
