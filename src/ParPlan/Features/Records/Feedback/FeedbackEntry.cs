using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Records;

/// <summary>One feedback (phản ánh, kiến nghị; NĐ 20/2008) in a government's log (DOMAIN §7.7): the channel, the published
/// intake address it came through, when it was received, the handling unit and due date, the outcome and when it was
/// resolved, whether the outcome was published, and the sender's satisfaction with the handling. The two Decision 766
/// ratios are computed from the log (<see cref="Core.Records.FeedbackRatios"/>).</summary>
public sealed class FeedbackEntry : IVersioned
{
    public const int TextMax = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    /// <summary>The log's own number, e.g. "PA-2026-015".</summary>
    public string Number { get; set; } = "";

    public string Channel { get; set; } = "";

    public string IntakeAddress { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public string Content { get; set; } = "";

    public Guid HandlerUnitId { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>False for feedback outside the government's competence (forwarded elsewhere): left out of the ratios.</summary>
    public bool WithinCompetence { get; set; } = true;

    public string? Outcome { get; set; }

    public DateOnly? ResolvedOn { get; set; }

    public bool OutcomePublished { get; set; }

    public string? Satisfaction { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    public long Version { get; set; }
}

internal sealed class FeedbackEntryConfiguration : IEntityTypeConfiguration<FeedbackEntry>
{
    public void Configure(EntityTypeBuilder<FeedbackEntry> builder)
    {
        builder.ToTable("FeedbackEntries");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Number).HasMaxLength(50).IsRequired();
        builder.Property(f => f.Channel).HasMaxLength(40).IsRequired();
        builder.Property(f => f.IntakeAddress).HasMaxLength(500).IsRequired();
        builder.Property(f => f.Content).HasMaxLength(FeedbackEntry.TextMax).IsRequired();
        builder.Property(f => f.Outcome).HasMaxLength(FeedbackEntry.TextMax);
        builder.Property(f => f.Satisfaction).HasMaxLength(40);
        builder.Property(f => f.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(f => f.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(f => f.HandlerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.GovernmentId, f.ReceivedOn });
        builder.HasIndex(f => new { f.GovernmentId, f.Number }).IsUnique();
    }
}
