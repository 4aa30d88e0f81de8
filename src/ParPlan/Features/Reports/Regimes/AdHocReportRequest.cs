using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Core.Reports;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Reports.Regimes;

/// <summary>An ad hoc report (báo cáo đột xuất) a government's standing agency asks for: its subject, data window, due
/// date and receiving body, all typed in. <see cref="Code"/> is its period code ("2026-DX01").</summary>
public sealed class AdHocReportRequest : IVersioned
{
    public const int SubjectMax = 500;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GovernmentId { get; set; }

    public string Code { get; set; } = "";

    public string Subject { get; set; } = "";

    public DateOnly WindowFrom { get; set; }

    public DateOnly WindowTo { get; set; }

    public DateOnly DueOn { get; set; }

    public string ReceivingBody { get; set; } = "";

    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public AdHocReport ToAdHoc() => new(Code, Subject, new DataWindow(WindowFrom, WindowTo, false), DueOn, ReceivingBody);
}

internal sealed class AdHocReportRequestConfiguration : IEntityTypeConfiguration<AdHocReportRequest>
{
    public void Configure(EntityTypeBuilder<AdHocReportRequest> builder)
    {
        builder.ToTable("AdHocReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Code).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Subject).HasMaxLength(AdHocReportRequest.SubjectMax).IsRequired();
        builder.Property(r => r.ReceivingBody).HasMaxLength(GovernmentRegime.BodyMax).IsRequired();
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.GovernmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.GovernmentId, r.Code }).IsUnique();
        builder.HasIndex(r => new { r.GovernmentId, r.DueOn });
    }
}
