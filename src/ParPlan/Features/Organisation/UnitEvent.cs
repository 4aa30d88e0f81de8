using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.Organisation;

/// <summary>A dated event in a unit's life. <see cref="EffectiveOn"/> is the first day of the new state.</summary>
public sealed class UnitEvent
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UnitId { get; set; }

    public UnitEventKind Kind { get; set; }

    public DateOnly EffectiveOn { get; set; }

    /// <summary>Human summary in Vietnamese, e.g. "Đổi tên từ … thành …".</summary>
    public string Description { get; set; } = "";

    /// <summary>The legal basis, e.g. "Nghị quyết số 1680/NQ-UBTVQH15".</summary>
    public string? Reference { get; set; }

    /// <summary>The other unit involved (successor, predecessor or new parent).</summary>
    public Guid? RelatedUnitId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class UnitEventConfiguration : IEntityTypeConfiguration<UnitEvent>
{
    public void Configure(EntityTypeBuilder<UnitEvent> builder)
    {
        builder.ToTable("UnitEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Description).HasMaxLength(1000).IsRequired();
        builder.Property(e => e.Reference).HasMaxLength(300);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.UnitId, e.EffectiveOn });
    }
}

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> builder)
    {
        builder.ToTable("UnitSuccessions");
        builder.HasKey(s => s.Id);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PredecessorId, s.SuccessorId }).IsUnique();
        builder.HasIndex(s => s.SuccessorId);
    }
}
