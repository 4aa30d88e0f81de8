using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.Organisation;

/// <summary>Another name a unit or position is called by in plans ("Công chức Tư pháp hộ tịch" /
/// "Công chức Tư pháp - Hộ tịch"). Matched through <see cref="MatchKey"/>.</summary>
public sealed class UnitAlias
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UnitId { get; set; }

    public string Text { get; set; } = "";

    /// <summary><see cref="TextKey.For"/> of <see cref="Text"/>.</summary>
    public string MatchKey { get; set; } = "";
}

internal sealed class UnitAliasConfiguration : IEntityTypeConfiguration<UnitAlias>
{
    public void Configure(EntityTypeBuilder<UnitAlias> builder)
    {
        builder.ToTable("UnitAliases");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Text).HasMaxLength(300).IsRequired();
        builder.Property(a => a.MatchKey).HasMaxLength(300).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MatchKey, a.UnitId }).IsUnique();
    }
}
