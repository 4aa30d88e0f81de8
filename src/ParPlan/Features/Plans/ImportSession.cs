using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Plans;

/// <summary>A pending plan import: the parsed document (contract JSON), edited in place by the review screen until it
/// is confirmed into a Draft <see cref="Plan"/> or discarded.</summary>
public sealed class ImportSession : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    public string UserName { get; set; } = "";

    public string FileName { get; set; } = "";

    public string FileHash { get; set; } = "";

    /// <summary>The <c>PlanDocument</c> as contract JSON, edited in place.</summary>
    [LongText]
    public string DocumentJson { get; set; } = "{}";

    /// <summary>Unit-name choices made in the review: JSON object folded name → "unit:{id}" / "group:{id}" / "ignore".</summary>
    [LongText]
    public string ChoicesJson { get; set; } = "{}";

    /// <summary>The plan's "Căn cứ / Thực hiện …" lines, kept for the draft's parent reference.</summary>
    public string? ParentReference { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The plan created on confirmation; null while pending.</summary>
    public Guid? PlanId { get; set; }

    public long Version { get; set; }
}

internal sealed class ImportSessionConfiguration : IEntityTypeConfiguration<ImportSession>
{
    public void Configure(EntityTypeBuilder<ImportSession> builder)
    {
        builder.ToTable("PlanImportSessions");
        builder.Property(s => s.ParentReference).HasMaxLength(Plan.ReferenceMax);
        builder.HasKey(s => s.Id);
        builder.Property(s => s.UserName).HasMaxLength(256).IsRequired();
        builder.Property(s => s.FileName).HasMaxLength(260).IsRequired();
        builder.Property(s => s.FileHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(s => s.UserName);
    }
}
