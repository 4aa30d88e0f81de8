using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Reports;

/// <summary>
/// One unit's (or one government's) report for one period of a regime. It carries its own data window and due date
/// (never derived from the period's name), its workflow state, and, once submitted, its figures frozen as JSON: later
/// changes to tasks or dossiers never alter a submitted report.
/// </summary>
public sealed class ReportInstance : IVersioned
{
    public const int CodeMax = 40;
    public const int LabelMax = 100;
    public const int UserMax = 256;
    public const int ReasonMax = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The unit that writes the report: an agency, or a government (whose report consolidates its children's).</summary>
    public Guid UnitId { get; set; }

    /// <summary>The government the unit belongs to (the unit itself for a government's report).</summary>
    public Guid GovernmentId { get; set; }

    /// <summary>The regime's code (<c>bnv-581</c>, <c>xa-d3</c>).</summary>
    public string RegimeCode { get; set; } = "";

    /// <summary>The contract period code (<c>2026-Q3</c>, <c>2026-9M</c>).</summary>
    public string PeriodCode { get; set; } = "";

    /// <summary>The period as printed ("Quý III/2026").</summary>
    public string PeriodLabel { get; set; } = "";

    public DateOnly WindowFrom { get; set; }

    public DateOnly WindowTo { get; set; }

    public bool Cumulative { get; set; }

    /// <summary>The last day this unit may send the report (its level's due date under the regime).</summary>
    public DateOnly DueOn { get; set; }

    public ReportStatus Status { get; set; } = ReportStatus.Draft;

    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>When the figures were frozen (at submission); null while they are live.</summary>
    public DateTimeOffset? AsOf { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public string? AcceptedBy { get; set; }

    public DateTimeOffset? ReturnedAt { get; set; }

    public string? ReturnedBy { get; set; }

    /// <summary>Why the report was returned, or why its acceptance was withdrawn.</summary>
    public string? ReturnReason { get; set; }

    public DateTimeOffset? UnacceptedAt { get; set; }

    public string? UnacceptedBy { get; set; }

    /// <summary>Why an acceptance was withdrawn (the report is then back with the receiving level, submitted).</summary>
    public string? UnacceptReason { get; set; }

    /// <summary>The last change of any kind: when, by whom, and what ("Sửa mục II.2", "Gửi báo cáo"), for the 409 of a
    /// stale edit.</summary>
    public DateTimeOffset? ChangedAt { get; set; }

    public string? ChangedBy { get; set; }

    public string? ChangedWhat { get; set; }

    /// <summary>The figures frozen at submission (<see cref="FrozenFigures"/> as JSON); null while a draft.</summary>
    [LongText]
    public string? FiguresJson { get; set; }

    /// <summary>The annex template whose typed-in rows the report asks for (<see cref="Core.Reports.AnnexTemplates"/>),
    /// chosen by the regime for the unit's type when the report was started.</summary>
    public string AnnexKey { get; set; } = Core.Reports.DefaultRegimes.GovernmentAnnex;

    /// <summary>The annex rows the officer typed in (<see cref="Core.Reports.TypedAnnexRow"/> as JSON through
    /// <see cref="Core.Reports.AnnexTemplates.ToJson"/>); null until the first value is typed. Editable while the report
    /// is, frozen with the figures at submission.</summary>
    [LongText]
    public string? AnnexJson { get; set; }
}

internal sealed class ReportInstanceConfiguration : IEntityTypeConfiguration<ReportInstance>
{
    public void Configure(EntityTypeBuilder<ReportInstance> builder)
    {
        builder.ToTable("ReportInstances");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RegimeCode).HasMaxLength(ReportInstance.CodeMax).IsRequired();
        builder.Property(r => r.PeriodCode).HasMaxLength(ReportInstance.CodeMax).IsRequired();
        builder.Property(r => r.PeriodLabel).HasMaxLength(ReportInstance.LabelMax).IsRequired();
        builder.Property(r => r.Status).HasConversion(s => s.ToText(), s => ReportStatusText.Parse(s) ?? ReportStatus.Draft).HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(ReportInstance.UserMax).IsRequired();
        builder.Property(r => r.SubmittedBy).HasMaxLength(ReportInstance.UserMax);
        builder.Property(r => r.AcceptedBy).HasMaxLength(ReportInstance.UserMax);
        builder.Property(r => r.ReturnedBy).HasMaxLength(ReportInstance.UserMax);
        builder.Property(r => r.ReturnReason).HasMaxLength(ReportInstance.ReasonMax);
        builder.Property(r => r.UnacceptedBy).HasMaxLength(ReportInstance.UserMax);
        builder.Property(r => r.UnacceptReason).HasMaxLength(ReportInstance.ReasonMax);
        builder.Property(r => r.ChangedBy).HasMaxLength(ReportInstance.UserMax);
        builder.Property(r => r.ChangedWhat).HasMaxLength(ReportInstance.LabelMax + ReportSection.HeadingMax);
        builder.Property(r => r.AnnexKey).HasMaxLength(ReportInstance.CodeMax).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.GovernmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.UnitId, r.RegimeCode, r.PeriodCode }).IsUnique();
        builder.HasIndex(r => new { r.GovernmentId, r.PeriodCode });
    }
}
