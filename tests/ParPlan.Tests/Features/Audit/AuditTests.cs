using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Audit;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Audit;

public class AuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_records_who_when_and_the_changed_values_before_and_after(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var created = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
        Guid id;
        using (AuditActor.Begin("nguyenvana", "user-1"))
        {
            id = await database.InScopeAsync(sp => ResultAssert.Ok(sp.GetRequiredService<OrgCommands>().CreateUnitAsync(
                new CreateUnitRequest("T", "UBND tỉnh Quảng Trị", UnitKind.ProvinceGovernment, UnitLevel.Province, null, null))));
            database.Time.Advance(TimeSpan.FromHours(3));
            await database.InScopeAsync(async sp =>
            {
                var unit = await sp.Db().Units.SingleAsync(u => u.Id == id);
                unit.Note = "Sau sáp nhập 2025";
                await sp.Db().SaveChangesAsync();
            });
        }

        var entries = await database.InScopeAsync(sp => sp.Db().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Unit) && a.EntityKey == id.ToString()).OrderBy(a => a.Id).ToListAsync());

        Assert.Equal([AuditAction.Added, AuditAction.Modified], entries.Select(e => e.Action));
        var added = entries[0];
        Assert.Equal(("user-1", "nguyenvana", created), (added.UserId, added.UserName, added.At));
        Assert.Null(added.Before);
        Assert.Equal("UBND tỉnh Quảng Trị", Json(added.After)["Name"].GetString());
        var modified = entries[1];
        Assert.Equal(created.AddHours(3), modified.At);
        Assert.Equal(JsonValueKind.Null, Json(modified.Before)["Note"].ValueKind);
        Assert.Equal("Sau sáp nhập 2025", Json(modified.After)["Note"].GetString());
        Assert.Equal(1, Json(modified.Before)["Version"].GetInt64());
        Assert.Equal(2, Json(modified.After)["Version"].GetInt64());
        Assert.False(Json(modified.After).ContainsKey("Name"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Password_hashes_and_security_stamps_never_reach_the_audit_log(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        await database.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "admin", DisplayName = "Quản trị" };
            Assert.True((await users.CreateAsync(user, "ParPlan@2026")).Succeeded);
            Assert.True((await users.ChangePasswordAsync(user, "ParPlan@2026", "ParPlan@2027")).Succeeded);
        });

        var (entries, user) = await database.InScopeAsync(async sp =>
            (await sp.Db().AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(AppUser)).ToListAsync(),
             await sp.Db().Users.AsNoTracking().SingleAsync()));
        Assert.NotEmpty(entries);
        Assert.Equal(AuditActor.SystemName, entries[0].UserName);
        foreach (var text in entries.SelectMany(e => new[] { e.Before, e.After }).OfType<string>())
        {
            Assert.DoesNotContain(user.PasswordHash!, text, StringComparison.Ordinal);
            Assert.DoesNotContain(user.SecurityStamp!, text, StringComparison.Ordinal);
        }

        Assert.Contains(entries, e => e.Action == AuditAction.Modified && Json(e.After)["PasswordHash"].GetString() == AuditInterceptor.Hidden);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Database_generated_keys_are_filled_in_after_the_save(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var claimId = await database.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "lanhdao", DisplayName = "Lãnh đạo" };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            Assert.True((await users.AddClaimAsync(user, new System.Security.Claims.Claim("parplan:test", "1"))).Succeeded);
            return await sp.Db().UserClaims.Select(c => c.Id).SingleAsync();
        });

        var audit = await database.InScopeAsync(sp => sp.Db().AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "IdentityUserClaim"));
        Assert.Equal(claimId.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.EntityKey);
        Assert.Equal("parplan:test", Json(audit.After)["ClaimType"].GetString());
    }

    private static Dictionary<string, JsonElement> Json(string? text) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(text!)!;
}
