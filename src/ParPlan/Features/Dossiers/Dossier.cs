using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>One one-stop dossier record as imported (dossiers-csv.md), unique by (source, dossier code). The bulk
/// import writes it with raw ADO.NET upserts (<see cref="DossierBulkWriter"/>); everything else reads it with EF.</summary>
public sealed class Dossier
{
    public long Id { get; set; }

    public string Source { get; set; } = "";

    public string Code { get; set; } = "";

    public string UnitCode { get; set; } = "";

    public string? ProcedureCode { get; set; }

    public string? ProcedureName { get; set; }

    public string? Field { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public DossierStatus Status { get; set; }

    public DossierChannel Channel { get; set; }

    public OnlineServiceLevel? ServiceLevel { get; set; }

    public bool? HasFees { get; set; }

    public bool? PaidOnline { get; set; }

    public bool? DossierDigitised { get; set; }

    public bool? ResultDigitised { get; set; }

    public bool? DataReused { get; set; }

    public bool? Apologised { get; set; }

    public int? Rating { get; set; }

    /// <summary>The import that first wrote the record; the upsert keeps it, so "inserted or updated" is known.</summary>
    public long CreatedBatchId { get; set; }

    public long LastBatchId { get; set; }

    public DossierRecord ToRecord() => new()
    {
        Code = Code, UnitCode = UnitCode, ProcedureCode = ProcedureCode, ProcedureName = ProcedureName, Field = Field,
        ReceivedAt = ReceivedAt, DueAt = DueAt, FinishedAt = FinishedAt, Status = Status, Channel = Channel,
        ServiceLevel = ServiceLevel, HasFees = HasFees, PaidOnline = PaidOnline, DossierDigitised = DossierDigitised,
        ResultDigitised = ResultDigitised, DataReused = DataReused, Apologised = Apologised, Rating = (byte?)Rating,
    };
}

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("Dossiers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Source).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Code).HasMaxLength(100).IsRequired();
        builder.Property(d => d.UnitCode).HasMaxLength(100).IsRequired();
        builder.Property(d => d.ProcedureCode).HasMaxLength(100);
        builder.Property(d => d.ProcedureName).HasMaxLength(1000);
        builder.Property(d => d.Field).HasMaxLength(300);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ServiceLevel).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => new { d.Source, d.Code }).IsUnique();
        builder.HasIndex(d => new { d.UnitCode, d.ReceivedAt });
    }
}
