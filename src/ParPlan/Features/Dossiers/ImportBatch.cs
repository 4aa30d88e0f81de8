using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Dossiers;

/// <summary>One import of one file from one source, also the background job the web upload polls. Its counters and
/// <see cref="LastCommittedLine"/> change in the same transaction as each chunk of rows, so after a crash the
/// next import of the same file (same source and hash) continues after the last committed line.</summary>
public sealed class ImportBatch : IVersioned
{
    public long Id { get; set; }

    public string Source { get; set; } = "";

    public string FileName { get; set; } = "";

    /// <summary>SHA-256 of the file, hex.</summary>
    public string FileHash { get; set; } = "";

    public ImportStatus Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public long LastCommittedLine { get; set; }

    public long RowsRead { get; set; }

    public long Imported { get; set; }

    public long Updated { get; set; }

    public long Rejected { get; set; }

    public long BytesRead { get; set; }

    public long? TotalBytes { get; set; }

    public string? Error { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>The importing officer's government: only its units' rows are accepted. Null (administrator, CLI): all units.</summary>
    public Guid? GovernmentId { get; set; }

    /// <summary>Where a queued web upload waits for the worker; null for the CLI.</summary>
    public string? StagedPath { get; set; }

    /// <summary>Set with every committed chunk, in its transaction; cleared by the indicator computation that read the
    /// store after it (<see cref="Indicators.IndicatorComputer"/>). A batch still pending after a stop (killed between its
    /// last commit and the computation) is recomputed when the app starts (<see cref="Indicators.IndicatorRefreshJob"/>).</summary>
    public bool IndicatorsPending { get; set; }

    public long Version { get; set; }

    public int Percent => TotalBytes is > 0 ? (int)Math.Min(100, BytesRead * 100 / TotalBytes.Value) : Status == ImportStatus.Completed ? 100 : 0;
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("ImportBatches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Source).HasMaxLength(100).IsRequired();
        builder.Property(b => b.FileName).HasMaxLength(400).IsRequired();
        builder.Property(b => b.FileHash).HasMaxLength(64).IsRequired();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.UserName).HasMaxLength(256);
        builder.Property(b => b.Error).HasMaxLength(2000);
        builder.Property(b => b.StagedPath).HasMaxLength(1000);
        builder.Ignore(b => b.Percent);
        builder.HasIndex(b => new { b.Source, b.FileHash });
    }
}

internal sealed class ImportRejectionConfiguration : IEntityTypeConfiguration<ImportRejection>
{
    public void Configure(EntityTypeBuilder<ImportRejection> builder)
    {
        builder.ToTable("ImportRejections");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reason).HasMaxLength(1000).IsRequired();
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(r => r.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.BatchId, r.Line });
    }
}
