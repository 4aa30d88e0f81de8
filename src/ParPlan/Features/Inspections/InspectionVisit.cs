using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Inspections;

/// <summary>The team's visit to one unit on one day, covering several checklists at once ("lồng ghép": CCHC, TTHC,
/// văn bản QPPL, tổ chức bộ máy, tài chính công …; codes of <c>InspectionTopicLabels</c>).</summary>
public sealed class InspectionVisit
{
    public const int NoteMax = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid InspectionId { get; set; }

    public Guid UnitId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The topic codes, a JSON array.</summary>
    [LongText]
    public string TopicsJson { get; set; } = "[]";

    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

internal sealed class InspectionVisitConfiguration : IEntityTypeConfiguration<InspectionVisit>
{
    public void Configure(EntityTypeBuilder<InspectionVisit> builder)
    {
        builder.ToTable("InspectionVisits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Note).HasMaxLength(InspectionVisit.NoteMax);
        builder.Property(v => v.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<InspectionPlan>().WithMany().HasForeignKey(v => v.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.InspectionId);
    }
}
