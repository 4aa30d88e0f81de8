using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Features.Audit;

namespace ParPlan.Features.Indicators;

/// <summary>The part of a year's raw counts that no longer moves with the clock, kept between computations so that an
/// import adds its rows to it instead of reading the stored dossiers back: the counts of the stored dossiers with a
/// finish date that a computation of <see cref="Year"/> selects (<see cref="Core.Indicators.DossierCountsBinary"/>).
/// Dossiers without a finish date are not in it: they are read at every computation, as of its instant, through the
/// partial index of unfinished dossiers. One row per year of the store's range, written by
/// <see cref="IndicatorComputer"/> only; derived data, so not audited row by row (the computation is).</summary>
[NotAudited]
public sealed class DossierYearCounts
{
    public int Year { get; set; }

    /// <summary>The counts; null when they could not be kept (a stored finish at or after the computation's instant, or
    /// rows of an import that started during it): the next import then computes every year.</summary>
    public byte[]? Counts { get; set; }

    /// <summary>Finished dossiers counted.</summary>
    public long Dossiers { get; set; }

    /// <summary>A finished dossier was received or finished in the year (the year is then in the store's range).</summary>
    public bool HasOwn { get; set; }

    /// <summary>The highest import batch when the counts were taken: an import may add to them only when no other batch
    /// was created since.</summary>
    public long BatchId { get; set; }

    /// <summary>The recorded apologies when the counts were taken (<see cref="DossierYearCountsStore.ApologyStampAsync"/>):
    /// a finished late dossier counts as apologised when an officer recorded its apology.</summary>
    public string Apologies { get; set; } = "";

    /// <summary>The computation's instant (UTC ticks): every counted finish lies before it.</summary>
    public long AsOfTicks { get; set; }
}

internal sealed class DossierYearCountsConfiguration : IEntityTypeConfiguration<DossierYearCounts>
{
    public void Configure(EntityTypeBuilder<DossierYearCounts> builder)
    {
        builder.ToTable("DossierYearCounts");
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
        builder.Property(c => c.Apologies).HasMaxLength(100).IsRequired();
    }
}
