using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Core.Surveys;

namespace ParPlan.Features.Surveys;

/// <summary>A question of a campaign, kept as data: its code (the key of the answers, "1".."5" for the default set), the
/// SIPAS element it belongs to, its wording and its scale. Editable while the campaign has no response.</summary>
public sealed class SurveyQuestion
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CampaignId { get; set; }

    public int Order { get; set; }

    public string Code { get; set; } = "";

    public string Element { get; set; } = "";

    public string Text { get; set; } = "";

    public int ScaleMax { get; set; }

    public int SatisfiedFrom { get; set; }

    public SurveyQuestionSpec Spec => new(Code, Element, ScaleMax, SatisfiedFrom);
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.ToTable("SurveyQuestions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Code).HasMaxLength(SurveyQuestionRules.MaxCode).IsRequired();
        builder.Property(q => q.Element).HasMaxLength(2).IsRequired();
        builder.Property(q => q.Text).HasMaxLength(SurveyQuestionRules.MaxText).IsRequired();
        builder.Ignore(q => q.Spec);
        builder.HasIndex(q => new { q.CampaignId, q.Code }).IsUnique();
        builder.HasOne<SurveyCampaign>().WithMany().HasForeignKey(q => q.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
