using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Audit;

namespace ParPlan.Features.Surveys;

/// <summary>A survey file uploaded for a campaign, waiting for its column mapping. The file is kept until it is imported
/// (then dropped); a mapping that finds bad rows imports nothing and keeps the report (<see cref="Problems"/>) so the
/// officer fixes the file or the mapping. Not audited itself: the imported responses are.</summary>
[NotAudited]
public sealed class SurveyUpload
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CampaignId { get; set; }

    public string FileName { get; set; } = "";

    public byte[]? Content { get; set; }

    public string UploadedBy { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }

    public int Rows { get; set; }

    public int? Imported { get; set; }

    public DateTimeOffset? ImportedAt { get; set; }

    /// <summary>The bad rows of the last attempt as JSON (<c>[{"line":2,"reason":"…"}]</c>, at most a few hundred), or null.
    /// Written by the import, never typed by a user.</summary>
    [LongText]
    public string? Problems { get; set; }

    public int ProblemCount { get; set; }
}

internal sealed class SurveyUploadConfiguration : IEntityTypeConfiguration<SurveyUpload>
{
    public void Configure(EntityTypeBuilder<SurveyUpload> builder)
    {
        builder.ToTable("SurveyUploads");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.FileName).HasMaxLength(260).IsRequired();
        builder.Property(u => u.UploadedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(u => u.CampaignId);
        builder.HasOne<SurveyCampaign>().WithMany().HasForeignKey(u => u.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
