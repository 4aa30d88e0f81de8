using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Plans;

/// <summary>The recorded occurrence of a conditional task's event ("UBND tỉnh ban hành Kế hoạch"), after which the
/// standing agency sets the deadline (<see cref="DueDate"/>) and the task wakes up. For a task timed by another document
/// ("Theo Kế hoạch của UBND tỉnh") it holds the deadline the standing agency set, with no event date. Corrections update
/// the row (audited) and check <see cref="Version"/>.</summary>
public sealed class TriggerEvent : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    /// <summary>The task waiting on the event; null for a plan-wide event.</summary>
    public Guid? TaskId { get; set; }

    public string ConditionText { get; set; } = "";

    /// <summary>The day the event happened; null for a deadline set on a reference task.</summary>
    public DateOnly? OccurredOn { get; set; }

    /// <summary>The deadline the standing agency set once the event occurred.</summary>
    public DateOnly? DueDate { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    public long Version { get; set; }
}

internal sealed class TriggerEventConfiguration : IEntityTypeConfiguration<TriggerEvent>
{
    public void Configure(EntityTypeBuilder<TriggerEvent> builder)
    {
        builder.ToTable("TriggerEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ConditionText).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.Note).HasMaxLength(2000);
        builder.Property(e => e.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Plan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.TaskId).IsUnique();
    }
}
