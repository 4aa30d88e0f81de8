using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Records;

/// <summary>One obligation of a commitment and its year-end report: the result (<see cref="Core.Labels.CommitmentResultLabels"/>)
/// and the evidence or notes behind it.</summary>
public sealed class CommitmentObligation : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CommitmentId { get; set; }

    public int Order { get; set; }

    public string Text { get; set; } = "";

    public string? Result { get; set; }

    public string? Report { get; set; }

    public string? ReportedBy { get; set; }

    public DateTimeOffset? ReportedAt { get; set; }

    public long Version { get; set; }
}

internal sealed class CommitmentObligationConfiguration : IEntityTypeConfiguration<CommitmentObligation>
{
    public void Configure(EntityTypeBuilder<CommitmentObligation> builder)
    {
        builder.ToTable("CommitmentObligations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Text).HasMaxLength(Dialogue.TextMax).IsRequired();
        builder.Property(o => o.Result).HasMaxLength(40);
        builder.Property(o => o.Report).HasMaxLength(Dialogue.TextMax);
        builder.Property(o => o.ReportedBy).HasMaxLength(256);
        builder.HasOne<Commitment>().WithMany().HasForeignKey(o => o.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.CommitmentId, o.Order });
    }
}
