using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ParPlan.Data;

namespace ParPlan.Tests.Data;

/// <summary>Every stored text has a length limit, or says on purpose that it has none.</summary>
public sealed class StoredTextLimitTests
{
    /// <summary>Identity's own columns without a limit: keys, hashes and stamps it generates itself, never user input.</summary>
    private static readonly HashSet<string> IdentityOwned =
    [
        "AppUser.Id", "IdentityRole.Id", "IdentityRoleClaim<string>.RoleId", "IdentityUserClaim<string>.UserId",
        "IdentityUserLogin<string>.LoginProvider", "IdentityUserLogin<string>.ProviderKey", "IdentityUserLogin<string>.UserId",
        "IdentityUserRole<string>.RoleId", "IdentityUserRole<string>.UserId", "IdentityUserToken<string>.LoginProvider",
        "IdentityUserToken<string>.Name", "IdentityUserToken<string>.UserId",
        "AppUser.PasswordHash", "AppUser.SecurityStamp", "AppUser.ConcurrencyStamp", "AppUser.PhoneNumber",
        "IdentityRole.ConcurrencyStamp", "IdentityRoleClaim<string>.ClaimType", "IdentityRoleClaim<string>.ClaimValue",
        "IdentityUserClaim<string>.ClaimType", "IdentityUserClaim<string>.ClaimValue", "IdentityUserLogin<string>.ProviderDisplayName",
        "IdentityUserToken<string>.Value",
    ];

    [Fact]
    public void Every_string_property_of_an_entity_has_a_max_length_or_is_marked_long_text()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);

        var unbounded = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => (Entity: e, Property: p)))
            .Where(x => x.Property.ClrType == typeof(string) && x.Property.GetMaxLength() is null)
            .Where(x => x.Property.PropertyInfo?.GetCustomAttribute<LongTextAttribute>() is null)
            .Select(x => $"{Name(x.Entity.ClrType)}.{x.Property.Name}")
            .Where(name => !IdentityOwned.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unbounded.Count == 0,
            "Thêm HasMaxLength (hoặc [LongText] cho văn bản dài có chủ đích) cho: " + string.Join(", ", unbounded));
    }

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(",", type.GetGenericArguments().Select(a => a.Name.ToLowerInvariant()))}>"
        : type.Name;
}
