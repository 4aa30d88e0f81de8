using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParPlan.Data;

namespace ParPlan.Features.Organisation;

/// <summary>A named class of units as plans write it ("UBND các xã, thị trấn", "Các cơ quan chuyên môn thuộc huyện"),
/// resolved to member units at a date.</summary>
public sealed class UnitGroup : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The owner of the group: the government whose units the rule selects (G in "children of kind X of
    /// government G"), or, for the member list of an ad-hoc body (BCĐ, Đoàn kiểm tra), that body.</summary>
    public Guid? GovernmentId { get; set; }

    public GroupRule Rule { get; set; }

    /// <summary>Comma-separated <see cref="UnitKind"/> names for <see cref="GroupRule.KindsUnderGovernment"/>.</summary>
    public string MemberKinds { get; set; } = "";

    public bool IncludeDescendants { get; set; }

    public long Version { get; set; }

    public IReadOnlyList<UnitKind> Kinds() => ParseKinds(MemberKinds);

    public static IReadOnlyList<UnitKind> ParseKinds(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Enum.TryParse<UnitKind>(k, out var kind) ? kind : (UnitKind?)null)
            .OfType<UnitKind>()
            .ToList();

    public static string FormatKinds(IEnumerable<UnitKind> kinds) => string.Join(",", kinds.Distinct());
}

internal sealed class UnitGroupConfiguration : IEntityTypeConfiguration<UnitGroup>
{
    public void Configure(EntityTypeBuilder<UnitGroup> builder)
    {
        builder.ToTable("UnitGroups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Code).HasMaxLength(64).IsRequired();
        builder.HasIndex(g => g.Code).IsUnique();
        builder.Property(g => g.Name).HasMaxLength(300).IsRequired();
        builder.Property(g => g.Rule).HasConversion<string>().HasMaxLength(30);
        builder.Property(g => g.MemberKinds).HasMaxLength(300);
        builder.HasOne<Unit>().WithMany().HasForeignKey(g => g.GovernmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UnitGroupMemberConfiguration : IEntityTypeConfiguration<UnitGroupMember>
{
    public void Configure(EntityTypeBuilder<UnitGroupMember> builder)
    {
        builder.ToTable("UnitGroupMembers");
        builder.HasKey(m => m.Id);
        builder.HasOne<UnitGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.GroupId, m.UnitId });
    }
}

internal sealed class UnitGroupAliasConfiguration : IEntityTypeConfiguration<UnitGroupAlias>
{
    public void Configure(EntityTypeBuilder<UnitGroupAlias> builder)
    {
        builder.ToTable("UnitGroupAliases");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Text).HasMaxLength(300).IsRequired();
        builder.Property(a => a.MatchKey).HasMaxLength(300).IsRequired();
        builder.HasOne<UnitGroup>().WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.MatchKey, a.GroupId }).IsUnique();
    }
}
