using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Core.Plans;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Reports.Regimes;

/// <summary>A government's edited copy of a reporting regime (one of <see cref="DefaultRegimes"/>, same
/// <see cref="Code"/>): it takes the default's place for that government (<see cref="ReportRegimes"/>). The periods —
/// data windows, cumulative flags and due rules per level — are kept as JSON (<see cref="RegimeJson"/>).</summary>
public sealed class GovernmentRegime : IVersioned
{
    public const int NameMax = 500;
    public const int BodyMax = 300;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    /// <summary>The regime's code ("bnv-581", "xa-d3").</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Basis { get; set; } = "";

    public string ReceivingBody { get; set; } = "";

    public string OutlineKey { get; set; } = "";

    public string AnnexKey { get; set; } = "";

    /// <summary>Annex template per unit type (JSON object), e.g. agencies' own annex.</summary>
    [LongText]
    public string AnnexByUnitTypeJson { get; set; } = "{}";

    /// <summary>The levels of government whose reports follow the regime (JSON array of <see cref="GovernmentLevel"/>
    /// names): its reporting units (Decree 09/2019).</summary>
    public string AppliesToJson { get; set; } = "[]";

    [LongText]
    public string PeriodsJson { get; set; } = "[]";

    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>The regime as stored; a copy that names no level (never saved so: <see cref="RegimeRules"/>) keeps the
    /// default's levels.</summary>
    public ReportingRegime ToRegime() => new(Code, Name, Basis, ReceivingBody, RegimeJson.ReadPeriods(PeriodsJson), new TemplateKeys(OutlineKey),
        new TemplateKeys(AnnexKey, RegimeJson.ReadKeys(AnnexByUnitTypeJson)),
        RegimeJson.ReadLevels(AppliesToJson) is { Count: > 0 } levels ? levels : DefaultRegimes.All.FirstOrDefault(d => d.Code == Code)?.AppliesTo ?? []);

    public void CopyFrom(ReportingRegime regime)
    {
        ArgumentNullException.ThrowIfNull(regime);
        Code = regime.Code;
        Name = regime.Name.Trim();
        Basis = regime.Basis.Trim();
        ReceivingBody = regime.ReceivingBody.Trim();
        OutlineKey = regime.Outline.Default;
        AnnexKey = regime.Annex.Default;
        AnnexByUnitTypeJson = RegimeJson.WriteKeys(regime.Annex.ByUnitType);
        PeriodsJson = RegimeJson.WritePeriods(regime.Periods);
        AppliesToJson = RegimeJson.WriteLevels(regime.AppliesTo);
    }
}

internal sealed class GovernmentRegimeConfiguration : IEntityTypeConfiguration<GovernmentRegime>
{
    public void Configure(EntityTypeBuilder<GovernmentRegime> builder)
    {
        builder.ToTable("ReportRegimes");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(GovernmentRegime.NameMax).IsRequired();
        builder.Property(r => r.Basis).HasMaxLength(GovernmentRegime.NameMax).IsRequired();
        builder.Property(r => r.ReceivingBody).HasMaxLength(GovernmentRegime.BodyMax).IsRequired();
        builder.Property(r => r.OutlineKey).HasMaxLength(60).IsRequired();
        builder.Property(r => r.AnnexKey).HasMaxLength(60).IsRequired();
        builder.Property(r => r.AppliesToJson).HasMaxLength(200).IsRequired();
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.GovernmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.GovernmentId, r.Code }).IsUnique();
    }
}
