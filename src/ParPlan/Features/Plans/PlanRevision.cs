using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Plans;

/// <summary>A numbered state of a plan: its issuance (number 0) and every revision after it, with the reason,
/// a snapshot of the plan and its tasks (JSON) and the differences from the previous snapshot.</summary>
public sealed class PlanRevision
{
    public const int ReasonMax = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public int Number { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The plan and its tasks at this revision (<see cref="PlanSnapshot"/> as JSON).</summary>
    [LongText]
    public string SnapshotJson { get; set; } = "{}";

    /// <summary>Lines of differences from the previous revision (JSON array of strings); empty for the first.</summary>
    [LongText]
    public string DiffJson { get; set; } = "[]";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> builder)
    {
        builder.ToTable("PlanRevisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reason).HasMaxLength(PlanRevision.ReasonMax).IsRequired();
        builder.Property(r => r.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PlanId, r.Number }).IsUnique();
    }
}
