using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Tasks;

/// <summary>One progress report of a unit on a task: status, percent, a note (the reason when blocked) and the
/// reporting-period occurrence it answers (for ongoing and recurring tasks). Append-only history.</summary>
public sealed class ProgressEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TaskId { get; set; }

    public Guid UnitId { get; set; }

    public PlanTaskStatus Status { get; set; }

    public int Percent { get; set; }

    public string? Note { get; set; }

    /// <summary>The occurrence key (ISO date or period code such as <c>2026-Q1</c>) this entry reports on; null for the task as a whole.</summary>
    public string? Period { get; set; }

    /// <summary>True when written by the lead unit (only it can close the task).</summary>
    public bool ByLead { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ProgressEntryConfiguration : IEntityTypeConfiguration<ProgressEntry>
{
    public void Configure(EntityTypeBuilder<ProgressEntry> builder)
    {
        builder.ToTable("ProgressEntries");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Status).HasConversion(s => s.ToText(), s => PlanTaskStatusText.Parse(s) ?? PlanTaskStatus.NotStarted)
            .HasMaxLength(20);
        builder.Property(p => p.Note).HasMaxLength(4000);
        builder.Property(p => p.Period).HasMaxLength(20);
        builder.Property(p => p.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TaskId, p.CreatedAt });
        builder.HasIndex(p => p.UnitId);
    }
}
