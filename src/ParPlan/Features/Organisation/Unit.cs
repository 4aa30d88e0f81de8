using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Organisation;

/// <summary>What a unit is. Governments issue plans; the others carry tasks.</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum UnitKind
{
    /// <summary>UBND tỉnh.</summary>
    ProvinceGovernment,

    /// <summary>UBND huyện (abolished 1/7/2025).</summary>
    DistrictGovernment,

    /// <summary>UBND xã / phường / thị trấn.</summary>
    CommuneGovernment,

    /// <summary>Sở, phòng, ban: a specialised agency (cơ quan chuyên môn).</summary>
    Department,

    /// <summary>Văn phòng UBND / Văn phòng HĐND và UBND.</summary>
    Office,

    /// <summary>Bộ phận Một cửa / Trung tâm Phục vụ hành chính công.</summary>
    OneStopCentre,

    /// <summary>Đơn vị sự nghiệp công lập (ĐVSN).</summary>
    PublicServiceUnit,

    /// <summary>An individual civil-servant title (chức danh), e.g. "Công chức Tư pháp - Hộ tịch".</summary>
    Position,

    /// <summary>BCĐ CCHC, Đoàn kiểm tra: members from several units, a lifetime.</summary>
    AdHocBody,

    /// <summary>HĐND, Đảng ủy, UBMTTQ: supervise, are asked, never assigned.</summary>
    OutsideBody,
}

/// <summary>The administrative level (contract <c>level</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum UnitLevel
{
    National,
    Province,
    District,
    Commune,
    Agency,
}

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

public static class UnitKindExtensions
{
    public static bool IsGovernment(this UnitKind kind) =>
        kind is UnitKind.ProvinceGovernment or UnitKind.DistrictGovernment or UnitKind.CommuneGovernment;

    /// <summary>Display order among siblings: the government's own agencies first, subordinate governments last.</summary>
    public static int SortRank(this UnitKind kind) => kind switch
    {
        UnitKind.Office => 0,
        UnitKind.Department => 1,
        UnitKind.OneStopCentre => 2,
        UnitKind.PublicServiceUnit => 3,
        UnitKind.Position => 4,
        UnitKind.AdHocBody => 5,
        UnitKind.OutsideBody => 6,
        _ => 10 + (int)kind,
    };

    public static string DisplayName(this UnitKind kind) => kind switch
    {
        UnitKind.ProvinceGovernment => "UBND tỉnh",
        UnitKind.DistrictGovernment => "UBND huyện",
        UnitKind.CommuneGovernment => "UBND xã",
        UnitKind.Department => "Cơ quan chuyên môn",
        UnitKind.Office => "Văn phòng",
        UnitKind.OneStopCentre => "Bộ phận một cửa / TT PVHCC",
        UnitKind.PublicServiceUnit => "Đơn vị sự nghiệp",
        UnitKind.Position => "Chức danh",
        UnitKind.AdHocBody => "Tổ chức phối hợp liên ngành",
        UnitKind.OutsideBody => "Cơ quan ngoài hệ thống",
        _ => kind.ToString(),
    };

    public static string DisplayName(this UnitLevel level) => level switch
    {
        UnitLevel.National => "Trung ương",
        UnitLevel.Province => "Tỉnh",
        UnitLevel.District => "Huyện",
        UnitLevel.Commune => "Xã",
        UnitLevel.Agency => "Cơ quan",
        _ => level.ToString(),
    };
}

/// <summary>Inclusive date ranges where null means open.</summary>
public static class EffectiveDates
{
    public static bool Covers(DateOnly? from, DateOnly? to, DateOnly date) =>
        (from is null || from <= date) && (to is null || date <= to);
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
