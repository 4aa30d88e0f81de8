using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Audit;

/// <summary>One change to one entity: who, when, what, and the changed properties before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>The CLR entity name, e.g. <c>Unit</c>, <c>AppUser</c>.</summary>
    public string EntityType { get; set; } = "";

    /// <summary>The primary key as text (composite keys joined with '|').</summary>
    public string EntityKey { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>Changed properties before the change; null for an insert.</summary>
    [LongText]
    public string? Before { get; set; }

    /// <summary>Changed properties after the change; null for a delete.</summary>
    [LongText]
    public string? After { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(128).IsRequired();
        builder.Property(a => a.EntityKey).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => a.UserName);
    }
}
