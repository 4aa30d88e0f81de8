using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.Surveys;

/// <summary>One respondent's answers to a campaign: the sector, the unit if known, and the score of each element as
/// JSON (<c>{"1":5,"2":4,…}</c>): a campaign's results are computed from all its responses at once.</summary>
public sealed class SurveyResponse
{
    public long Id { get; set; }

    public Guid CampaignId { get; set; }

    public string Sector { get; set; } = "";

    public Guid? UnitId { get; set; }

    public string Answers { get; set; } = "{}";

    public DateTimeOffset ImportedAt { get; set; }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Sector).HasMaxLength(Core.Surveys.SurveyCalculator.MaxSector).IsRequired();
        builder.Property(r => r.Answers).HasMaxLength(2000).IsRequired();
        builder.HasIndex(r => r.CampaignId);
        builder.HasOne<SurveyCampaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
