using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>A year's values are written as changes against the stored ones: a value that changed is rewritten, one that
/// disappeared is removed, an unchanged one stays as stored (same row), a new one is added; the stored year then holds
/// exactly the computed values.</summary>
public class ValueWriteChangesTests
{
    private static readonly ComputedValue Same = new("received", "T", "2025-01", "", 5, null, 5m);
    private static readonly ComputedValue Changing = new("ontime", "T", "2025-01", "", 3, 4, 75m);
    private static readonly ComputedValue Going = new("ontime", "T.X1", "2025-01", "Hộ tịch", 1, 2, 50m);
    private static readonly ComputedValue Fraction = new("online", "T", "2025", "", 1, 3, 33.33m);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_values_that_changed_or_disappeared_are_rewritten_or_removed_and_unchanged_ones_keep_their_rows(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAsync(database, 2025, [Same, Changing, Going, Fraction]);
        await WriteAsync(database, 2024, [Same with { Period = "2024-01" }]);
        var before = await StoredAsync(database);

        var changed = Changing with { Num = 4, Value = 100m };
        var added = new ComputedValue("received", "T.X1", "2025-02", "", 2, null, 2m);
        await WriteAsync(database, 2025, [Same, changed, Fraction, added]);
        var after = await StoredAsync(database);

        Assert.Equal(before[Key(Same)].Id, after[Key(Same)].Id);
        Assert.Equal(before[Key(Fraction)].Id, after[Key(Fraction)].Id);
        Assert.NotEqual(before[Key(Changing)].Id, after[Key(Changing)].Id);
        Assert.Equal((4L, (long?)4L, (decimal?)100m), (after[Key(Changing)].Numerator, after[Key(Changing)].Denominator, after[Key(Changing)].Value));
        Assert.DoesNotContain(Key(Going), after.Keys);
        Assert.Equal(2m, after[Key(added)].Value);
        Assert.Equal(before[Key(Same with { Period = "2024-01" })].Id, after[Key(Same with { Period = "2024-01" })].Id);
        Assert.Equal(5, after.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Writing_the_same_values_again_leaves_every_row_as_stored_and_a_value_that_only_gains_a_denominator_is_rewritten(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAsync(database, 2025, [Same, Changing, Going, Fraction]);
        var before = await StoredAsync(database);
        await WriteAsync(database, 2025, [Same, Changing, Going, Fraction]);
        Assert.Equal(before.Values.Select(v => v.Id).Order(), (await StoredAsync(database)).Values.Select(v => v.Id).Order());

        await WriteAsync(database, 2025, [Same with { Den = 5 }, Changing, Going, Fraction with { Value = null }]);
        var after = await StoredAsync(database);
        Assert.NotEqual(before[Key(Same)].Id, after[Key(Same)].Id);
        Assert.Equal(5L, after[Key(Same)].Denominator);
        Assert.Null(after[Key(Fraction)].Value);
        Assert.Equal(before[Key(Going)].Id, after[Key(Going)].Id);
    }

    [Fact]
    public void A_decimal_compares_as_stored_on_each_provider()
    {
        Assert.Equal("33.30", IndicatorValueChanges.ValueText(33.30m, sqlite: true));
        Assert.Equal("33.3", IndicatorValueChanges.ValueText(33.30m, sqlite: false));
        Assert.Equal(IndicatorValueChanges.ValueText(100.00m, sqlite: false), IndicatorValueChanges.ValueText(100m, sqlite: false));
        Assert.Null(IndicatorValueChanges.ValueText(null, sqlite: true));
    }

    [Theory]
    [InlineData("contract-default")]
    [InlineData("quy-ước \"tỉnh\" <2025>")]
    public void The_audit_entry_reads_as_the_serializer_wrote_it(string convention)
    {
        var changes = IndicatorValueChanges.Between([new StoredValueRow(1, "2025", "online", "T", "", 1, 3, "33.33")], [Same, Fraction], sqlite: true);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(new { Year = 2025, Values = 0, Convention = convention }),
            IndicatorValueWriter.AuditText(2025, 0, convention, null));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(new { Year = 2025, Values = 2, Convention = convention, Kept = 1, Removed = 0, Written = 1 }),
            IndicatorValueWriter.AuditText(2025, 2, convention, changes));
    }

    private static string Key(ComputedValue v) => $"{v.Period}|{v.Code}|{v.Unit}|{v.Field}";

    private static Task WriteAsync(TestDatabase database, int year, List<ComputedValue> rows) =>
        database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            var writer = new IndicatorValueWriter(db.Database.GetDbConnection(), sp.GetRequiredService<AuditActor>(), sp.GetRequiredService<TimeProvider>(), "test");
            await writer.ReplaceYearAsync(year, rows, CancellationToken.None);
        });

    private static Task<Dictionary<string, StoredIndicatorValue>> StoredAsync(TestDatabase database) =>
        database.InScopeAsync(async sp => await sp.GetRequiredService<AppDbContext>().Set<StoredIndicatorValue>().AsNoTracking()
            .ToDictionaryAsync(v => $"{v.Period}|{v.Code}|{v.UnitCode}|{v.Field}"));
}
