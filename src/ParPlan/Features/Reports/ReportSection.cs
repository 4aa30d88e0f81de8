using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.Reports;

/// <summary>One section of a report's outline ("II.2"), its heading and the text the officer edits (it opens with the
/// generated sentences that quote the numbers).</summary>
public sealed class ReportSection
{
    public const int CodeMax = 20;
    public const int HeadingMax = 300;
    public const int TextMax = 20000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ReportId { get; set; }

    public int Order { get; set; }

    public string Code { get; set; } = "";

    public string Heading { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTimeOffset? ChangedAt { get; set; }

    public string? ChangedBy { get; set; }
}

internal sealed class ReportSectionConfiguration : IEntityTypeConfiguration<ReportSection>
{
    public void Configure(EntityTypeBuilder<ReportSection> builder)
    {
        builder.ToTable("ReportSections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Code).HasMaxLength(ReportSection.CodeMax).IsRequired();
        builder.Property(s => s.Heading).HasMaxLength(ReportSection.HeadingMax).IsRequired();
        builder.Property(s => s.Text).HasMaxLength(ReportSection.TextMax).IsRequired();
        builder.Property(s => s.ChangedBy).HasMaxLength(ReportInstance.UserMax);
        builder.HasOne<ReportInstance>().WithMany().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ReportId, s.Code }).IsUnique();
    }
}
