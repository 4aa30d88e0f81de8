using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Reports;

/// <summary>A child unit excused from a government's consolidated report for one period, with the reason: the
/// government's report may then be submitted without that child's accepted report.</summary>
public sealed class ReportWaiver
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The government's report that consolidates the child.</summary>
    public Guid ReportId { get; set; }

    public Guid ChildUnitId { get; set; }

    public string Reason { get; set; } = "";

    public string By { get; set; } = "";

    public DateTimeOffset At { get; set; }

    /// <summary>When the waiver was withdrawn (the child must then report again); null while it stands. A new waiver of
    /// the same child clears it.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    /// <summary>Why the waiver was withdrawn.</summary>
    public string? RevokeReason { get; set; }

    /// <summary>The waiver excuses the child (it has not been withdrawn).</summary>
    public bool Stands => RevokedAt is null;
}

internal sealed class ReportWaiverConfiguration : IEntityTypeConfiguration<ReportWaiver>
{
    public void Configure(EntityTypeBuilder<ReportWaiver> builder)
    {
        builder.ToTable("ReportWaivers");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Reason).HasMaxLength(ReportInstance.ReasonMax).IsRequired();
        builder.Property(w => w.By).HasMaxLength(ReportInstance.UserMax).IsRequired();
        builder.Property(w => w.RevokedBy).HasMaxLength(ReportInstance.UserMax);
        builder.Property(w => w.RevokeReason).HasMaxLength(ReportInstance.ReasonMax);
        builder.Ignore(w => w.Stands);
        builder.HasOne<ReportInstance>().WithMany().HasForeignKey(w => w.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(w => w.ChildUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.ReportId, w.ChildUnitId }).IsUnique();
    }
}
