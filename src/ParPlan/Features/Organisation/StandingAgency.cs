using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.Organisation;

/// <summary>A government's standing CCHC agency (cơ quan thường trực CCHC) over a period: plans, reports and
/// amendment requests are routed "qua" it.</summary>
public sealed class StandingAgency
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    public Guid AgencyId { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>Where the designation comes from, e.g. "KH CCHC 2026 §III.2" or "[suy luận]".</summary>
    public string? Basis { get; set; }
}

internal sealed class StandingAgencyConfiguration : IEntityTypeConfiguration<StandingAgency>
{
    public void Configure(EntityTypeBuilder<StandingAgency> builder)
    {
        builder.ToTable("StandingAgencies");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Basis).HasMaxLength(300);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.GovernmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.GovernmentId, s.ValidFrom });
    }
}
