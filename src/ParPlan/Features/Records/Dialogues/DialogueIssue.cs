using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Records;

/// <summary>An issue raised at a dialogue, tracked like a task: a lead unit and a due date, the latest report of the lead
/// unit, until it is closed. Its status (open, overdue, closed) is computed on the injected clock
/// (<see cref="Core.Records.DialogueIssueStatus"/>); the reminder job reminds and escalates it (<see cref="DialogueFollowUp"/>).</summary>
public sealed class DialogueIssue : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid DialogueId { get; set; }

    public string Text { get; set; } = "";

    public Guid LeadUnitId { get; set; }

    public DateOnly DueOn { get; set; }

    public string? Report { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ReportedBy { get; set; }

    public DateTimeOffset? ReportedAt { get; set; }

    public long Version { get; set; }
}

internal sealed class DialogueIssueConfiguration : IEntityTypeConfiguration<DialogueIssue>
{
    public void Configure(EntityTypeBuilder<DialogueIssue> builder)
    {
        builder.ToTable("DialogueIssues");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Text).HasMaxLength(Dialogue.TextMax).IsRequired();
        builder.Property(i => i.Report).HasMaxLength(Dialogue.TextMax);
        builder.Property(i => i.ReportedBy).HasMaxLength(256);
        builder.HasOne<Dialogue>().WithMany().HasForeignKey(i => i.DialogueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(i => i.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.LeadUnitId, i.ClosedOn });
    }
}
