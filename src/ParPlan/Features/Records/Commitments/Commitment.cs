using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Records;

/// <summary>A signed CCHC commitment of a year (ký cam kết, DOMAIN §7.6, D0 I.7): the signatory pair
/// (<see cref="Core.Labels.SignatoryPairLabels"/>), the one who commits and the one committed to, the unit that reports
/// on it, and its obligations (<see cref="CommitmentObligation"/>) each with a year-end report.</summary>
public sealed class Commitment : IVersioned
{
    public const int NameMax = 300;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    public int Year { get; set; }

    public string Pair { get; set; } = "";

    /// <summary>Who commits, e.g. "Chủ tịch UBND xã Vĩnh Linh".</summary>
    public string Signatory { get; set; } = "";

    /// <summary>To whom, e.g. "Chủ tịch UBND tỉnh".</summary>
    public string Counterpart { get; set; } = "";

    /// <summary>The unit whose officers write the year-end report (the commune, the BCĐ member's agency).</summary>
    public Guid SignatoryUnitId { get; set; }

    public DateOnly SignedOn { get; set; }

    public string? DocumentNumber { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("Commitments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Pair).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Signatory).HasMaxLength(Commitment.NameMax).IsRequired();
        builder.Property(c => c.Counterpart).HasMaxLength(Commitment.NameMax).IsRequired();
        builder.Property(c => c.DocumentNumber).HasMaxLength(50);
        builder.Property(c => c.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.SignatoryUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.GovernmentId, c.Year });
    }
}
