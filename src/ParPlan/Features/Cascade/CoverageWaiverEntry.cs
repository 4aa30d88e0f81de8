using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Cascade;

/// <summary>A parent task that does not apply to one lower government, with the standing officer's reason (the
/// coverage matrix shows it as not applicable).</summary>
public sealed class CoverageWaiverEntry
{
    public const int ReasonMax = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public Guid ParentTaskId { get; set; }

    public Guid GovernmentId { get; set; }

    public string Reason { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

internal sealed class CoverageWaiverEntryConfiguration : IEntityTypeConfiguration<CoverageWaiverEntry>
{
    public void Configure(EntityTypeBuilder<CoverageWaiverEntry> builder)
    {
        builder.ToTable("CoverageWaivers");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Reason).HasMaxLength(CoverageWaiverEntry.ReasonMax).IsRequired();
        builder.Property(w => w.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Plan>().WithMany().HasForeignKey(w => w.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(w => w.ParentTaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(w => w.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.PlanId, w.ParentTaskId, w.GovernmentId }).IsUnique();
    }
}
