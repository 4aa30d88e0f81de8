using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Organisation;

/// <summary>An organisational unit, keyed by id and a stable code, never by name. Its name, parent and
/// lifetime are effective-dated; history stays attached to the unit after it is merged or abolished.</summary>
public sealed class Unit : IVersioned
{
    public const int CodeMax = 64;
    public const int NameMax = 300;
    public const int NoteMax = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Stable code, unique forever (e.g. <c>QT.XA.VINHLINH</c>). Never reused after abolition.</summary>
    public string Code { get; set; } = "";

    /// <summary>The latest name; <see cref="UnitName"/> rows hold the dated history.</summary>
    public string Name { get; set; } = "";

    public UnitKind Kind { get; set; }

    public UnitLevel Level { get; set; }

    /// <summary>First day the unit exists; null = since ever.</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last day the unit exists (inclusive); null = still exists.</summary>
    public DateOnly? ValidTo { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }

    public bool IsGovernment => Kind.IsGovernment();

    public bool IsValidOn(DateOnly date) => EffectiveDates.Covers(ValidFrom, ValidTo, date);
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Code).HasMaxLength(Unit.CodeMax).IsRequired();
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(Unit.NameMax).IsRequired();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(u => u.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Note).HasMaxLength(Unit.NoteMax);
        builder.Ignore(u => u.IsGovernment);
    }
}
