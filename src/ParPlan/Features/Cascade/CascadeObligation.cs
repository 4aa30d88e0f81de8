using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Cascade;

/// <summary>A lower government owes its own plan, carrying out an issued plan, by <see cref="DueOn"/> ("UBND cấp xã:
/// trước ngày 28/02/2025", D0 I.1). The child plan is the government's plan whose <see cref="Plan.ParentPlanId"/> is
/// the parent; the status follows from it and the day (<c>ObligationRules</c>).</summary>
public sealed class CascadeObligation
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The issued parent plan.</summary>
    public Guid PlanId { get; set; }

    /// <summary>The lower government that owes its plan.</summary>
    public Guid GovernmentId { get; set; }

    public DateOnly DueOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

internal sealed class CascadeObligationConfiguration : IEntityTypeConfiguration<CascadeObligation>
{
    public void Configure(EntityTypeBuilder<CascadeObligation> builder)
    {
        builder.ToTable("CascadeObligations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Plan>().WithMany().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.PlanId, o.GovernmentId }).IsUnique();
        builder.HasIndex(o => o.GovernmentId);
    }
}
