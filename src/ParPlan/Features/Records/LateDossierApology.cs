using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Records;

/// <summary>What the officer recorded against one late dossier (DOMAIN §7.7): the explanation and the apology letter
/// (number, date, way of sending). <see cref="Complete"/> is stored, since the indicator computation and the drill-down
/// read it in SQL: a dossier with a complete record counts as apologised, like one the one-stop export flags
/// <c>xin_loi = 1</c>. One record per dossier; a re-import of the dossier keeps its id, so the record stays attached.</summary>
public sealed class LateDossierApology : IVersioned
{
    public long Id { get; set; }

    public long DossierId { get; set; }

    public string? Explanation { get; set; }

    public string? LetterNumber { get; set; }

    public DateOnly? LetterDate { get; set; }

    /// <summary>A code of <see cref="Core.Labels.ApologyMethodLabels"/>.</summary>
    public string? Method { get; set; }

    public bool Complete { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    public long Version { get; set; }
}

internal sealed class LateDossierApologyConfiguration : IEntityTypeConfiguration<LateDossierApology>
{
    public void Configure(EntityTypeBuilder<LateDossierApology> builder)
    {
        builder.ToTable("LateDossierApologies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Explanation).HasMaxLength(Core.Records.ApologyRules.MaxExplanation);
        builder.Property(a => a.LetterNumber).HasMaxLength(Core.Records.ApologyRules.MaxLetterNumber);
        builder.Property(a => a.Method).HasMaxLength(40);
        builder.Property(a => a.RecordedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(a => a.DossierId).IsUnique();
        builder.HasOne<Dossier>().WithOne(d => d.Apology).HasForeignKey<LateDossierApology>(a => a.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
