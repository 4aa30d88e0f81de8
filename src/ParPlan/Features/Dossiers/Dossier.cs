using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>One one-stop dossier record as imported (dossiers-csv.md), unique by (source, dossier code). The import
/// writes it with prepared native statements (<see cref="SqliteDossierWriter"/>, <see cref="DossierBulkWriter"/>);
/// everything else reads it with EF. A province-year is a million rows, so the row is kept small: the procedure's
/// three texts are one <see cref="DossierProcedure"/> number, and status, channel and level are stored as their
/// numbers (unlike the rest of the store, where enums are names). On SQLite the key is the plain rowid, without
/// AUTOINCREMENT (<see cref="Data.SqliteAppDbContext"/>). The indexes besides the key are the unique (source, code)
/// that makes a re-import an update, and a partial index of the dossiers without a finish date (a few in a hundred),
/// which the indicator computation reads at every run: an index by unit and date would make every import a quarter
/// slower, for a drill-down list that reads the table in a fraction of a second without it.</summary>
public sealed class Dossier
{
    public long Id { get; set; }

    public string Source { get; set; } = "";

    public string Code { get; set; } = "";

    public string UnitCode { get; set; } = "";

    /// <summary>The <see cref="DossierProcedure"/> (code, name and field); null when the file gave none of them.</summary>
    public int? ProcedureId { get; set; }

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

    /// <summary>The explanation and apology an officer recorded for the dossier when it was late (Records feature); no
    /// column here.</summary>
    public Records.LateDossierApology? Apology { get; set; }
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
        builder.Property(d => d.Status).HasConversion<int>();
        builder.Property(d => d.Channel).HasConversion<int>();
        builder.Property(d => d.ServiceLevel).HasConversion<int>();
        // Code first: the source is the same for every row of a store, so with it first PostgreSQL's sort kept making
        // and comparing 8-byte prefixes of the source (all equal) before comparing each pair in full; with the code
        // first it compares codes at once (and gives prefixes up after a few rows when the codes share their first
        // bytes). A million dossiers' index: 1.0-1.5 s of the server's CPU instead of 2.6-2.8 s. Every lookup names
        // both columns.
        builder.HasIndex(d => new { d.Code, d.Source }).IsUnique();

        // The dossiers without a finish date (a few in a hundred): the indicator computation reads them at every run,
        // since their month-end snapshots move with the clock, and keeps the counts of the others (DossierYearCounts).
        // Keyed by receipt and holding every column the computation reads, so SQLite answers from the index alone: the
        // rows themselves lie spread over the whole table (a month into a store of two years read about 11,000 pages
        // of the table for 38,000 rows; from the index, a few hundred).
        builder.HasIndex(d => new
            {
                d.ReceivedAt, d.Code, d.UnitCode, d.ProcedureId, d.DueAt, d.FinishedAt, d.Status, d.Channel, d.ServiceLevel, d.HasFees, d.PaidOnline,
                d.DossierDigitised, d.ResultDigitised, d.DataReused, d.Apologised, d.Rating, d.LastBatchId,
            })
            .HasDatabaseName("IX_Dossiers_Unfinished").HasFilter("\"FinishedAt\" IS NULL");
    }
}
