using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Records;

/// <summary>A dialogue of a government's leaders with citizens and businesses (đối thoại, DOMAIN §7.6; outputs of D0 I.8
/// and D2 1.7: the plan, the conclusion notice, the report): when it was held, who took part, under which plan, the
/// conclusion notice as an uploaded document, and the issues raised (<see cref="DialogueIssue"/>).</summary>
public sealed class Dialogue : IVersioned
{
    public const int TitleMax = 500;
    public const int TextMax = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    public Guid? PlanId { get; set; }

    public DateOnly HeldOn { get; set; }

    public string Title { get; set; } = "";

    public string Participants { get; set; } = "";

    public string? NoticeNumber { get; set; }

    public DateOnly? NoticeDate { get; set; }

    public string? NoticeFileName { get; set; }

    /// <summary>Relative to the evidence folder (<c>dialogues/{id}/…</c>).</summary>
    public string? NoticeStoredPath { get; set; }

    public string? NoticeContentType { get; set; }

    public long? NoticeSize { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }
}

internal sealed class DialogueConfiguration : IEntityTypeConfiguration<Dialogue>
{
    public void Configure(EntityTypeBuilder<Dialogue> builder)
    {
        builder.ToTable("Dialogues");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Title).HasMaxLength(Dialogue.TitleMax).IsRequired();
        builder.Property(d => d.Participants).HasMaxLength(Dialogue.TextMax).IsRequired();
        builder.Property(d => d.NoticeNumber).HasMaxLength(50);
        builder.Property(d => d.NoticeFileName).HasMaxLength(260);
        builder.Property(d => d.NoticeStoredPath).HasMaxLength(500);
        builder.Property(d => d.NoticeContentType).HasMaxLength(200);
        builder.Property(d => d.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Plans.Plan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => new { d.GovernmentId, d.HeldOn });
    }
}
