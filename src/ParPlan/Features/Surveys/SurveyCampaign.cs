using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Surveys;

/// <summary>A satisfaction survey campaign of a government for a year, by the SIPAS method (five elements, DOMAIN §7.5).
/// The formula settings are stored with it, since the official computation is [UNVERIFIED]; the defaults are the
/// contract's.</summary>
public sealed class SurveyCampaign : IVersioned
{
    public const string SipasMethod = "sipas-1001-2023";

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    public int Year { get; set; }

    public string Title { get; set; } = "";

    public string Method { get; set; } = SipasMethod;

    public int ScaleMax { get; set; } = 5;

    public int SatisfiedFrom { get; set; } = 4;

    public bool MeanOfElements { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }

    public Core.Surveys.SurveyFormula Formula => new() { ScaleMax = ScaleMax, SatisfiedFrom = SatisfiedFrom, MeanOfElements = MeanOfElements };
}

internal sealed class SurveyCampaignConfiguration : IEntityTypeConfiguration<SurveyCampaign>
{
    public void Configure(EntityTypeBuilder<SurveyCampaign> builder)
    {
        builder.ToTable("SurveyCampaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Title).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Method).HasMaxLength(40).IsRequired();
        builder.Ignore(c => c.Formula);
        builder.HasIndex(c => new { c.GovernmentId, c.Year });
    }
}
