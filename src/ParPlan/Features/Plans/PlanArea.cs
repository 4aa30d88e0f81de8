using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParPlan.Features.Plans;

/// <summary>One area (nội dung / lĩnh vực) of a plan: contract area code and the heading as written.</summary>
public sealed class PlanArea
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    /// <summary>Contract code: direction, institutions, procedures, …</summary>
    public string Code { get; set; } = "";

    public string Heading { get; set; } = "";

    public int? StatedTaskCount { get; set; }

    public int Order { get; set; }
}

internal sealed class PlanAreaConfiguration : IEntityTypeConfiguration<PlanArea>
{
    public void Configure(EntityTypeBuilder<PlanArea> builder)
    {
        builder.ToTable("PlanAreas");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).HasMaxLength(40).IsRequired();
        builder.Property(a => a.Heading).HasMaxLength(1000).IsRequired();
        builder.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PlanId, a.Order });
    }
}
