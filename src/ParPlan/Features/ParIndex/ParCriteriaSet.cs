using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.ParIndex;

/// <summary>One version of a PAR INDEX criteria set, stored as the contract's JSON and never changed: a replacement is a
/// new version of the same series (government, year, block), and every assessment keeps the version it was opened on.</summary>
public sealed class ParCriteriaSet
{
    public const int NameMax = 500;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The government whose units it ranks (the importer's province); null when the administrator imported it for all.</summary>
    public Guid? GovernmentId { get; set; }

    public string Name { get; set; } = "";

    public string Issuer { get; set; } = "";

    public int Year { get; set; }

    public string Block { get; set; } = "";

    /// <summary>1 for the first set of its series, then 2, 3 … for each replacement.</summary>
    public int SetVersion { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly LockOn { get; set; }

    /// <summary>An example set (demo data), shown as not official.</summary>
    public bool Example { get; set; }

    [LongText]
    public string Json { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

internal sealed class ParCriteriaSetConfiguration : IEntityTypeConfiguration<ParCriteriaSet>
{
    public void Configure(EntityTypeBuilder<ParCriteriaSet> builder)
    {
        builder.ToTable("ParCriteriaSets");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(ParCriteriaSet.NameMax).IsRequired();
        builder.Property(s => s.Issuer).HasMaxLength(ParCriteriaSet.NameMax).IsRequired();
        builder.Property(s => s.Block).HasMaxLength(20).IsRequired();
        builder.Property(s => s.Json).IsRequired();
        builder.Property(s => s.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.GovernmentId, s.Year, s.Block, s.SetVersion }).IsUnique();
    }
}
