using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.Organisation;

/// <summary>One entry of a unit's name history.</summary>
public sealed class UnitName
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UnitId { get; set; }

    public string Name { get; set; } = "";

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}

internal sealed class UnitNameConfiguration : IEntityTypeConfiguration<UnitName>
{
    public void Configure(EntityTypeBuilder<UnitName> builder)
    {
        builder.ToTable("UnitNames");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Name).HasMaxLength(300).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UnitId, n.ValidFrom });
    }
}
