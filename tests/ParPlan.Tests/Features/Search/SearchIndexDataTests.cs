using Microsoft.EntityFrameworkCore;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Features.Search;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Search;

public sealed class SearchIndexDataTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_folded_search_key_is_kept_in_step_with_task_titles_on_save_and_matches_unaccented_words(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var taskId = await database.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var unit = new Unit { Code = "S" + Guid.NewGuid().ToString("N")[..6], Name = "UBND xã Thử", Kind = UnitKind.CommuneGovernment, Level = UnitLevel.Commune };
            var plan = new Plan { GovernmentId = unit.Id, Title = "Kế hoạch CCHC", PeriodFrom = new DateOnly(2026, 1, 1), PeriodTo = new DateOnly(2026, 12, 31) };
            var task = new PlanTask { PlanId = plan.Id, Ref = "1.1", Title = "Cải cách thủ tục hành chính một cửa" };
            db.AddRange(unit, plan, task);
            await db.SaveChangesAsync();
            return task.Id;
        });

        var found = await database.InScopeAsync(sp => sp.Db().Set<SearchEntry>()
            .Where(s => EF.Functions.Like(s.Folded, "%cai cach thu tuc%")).Select(s => s.Id).ToListAsync());
        await database.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var task = await db.Set<PlanTask>().FirstAsync(t => t.Id == taskId);
            task.Title = "Số hoá hồ sơ";
            await db.SaveChangesAsync();
        });
        var after = await database.InScopeAsync(sp => sp.Db().Set<SearchEntry>().AsNoTracking().FirstAsync(s => s.Id == taskId));

        Assert.Equal([taskId], found);
        Assert.StartsWith("1.1 so hoa ho so", after.Folded, StringComparison.Ordinal);
        Assert.DoesNotContain("cai cach", after.Folded, StringComparison.Ordinal);
        Assert.Equal("1.1. Số hoá hồ sơ", after.Title);
    }
}
