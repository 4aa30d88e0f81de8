using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Features.Records;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>The year counts kept between computations (<see cref="DossierYearCounts"/>): a month imported into a store
/// holding years reads back no stored dossier (those without a finish date are kept as records beside the counts), and
/// gives exactly what a full recomputation gives, also after the clock has passed the due dates of the open dossiers,
/// and the kept counts and records are the full computation's; an import that replaces an open dossier reads them back
/// through their index; the kept counts are refused when an apology was recorded since.</summary>
public class KeptYearCountsTests
{
    private static readonly string[] Units = ["T.H1.X1", "T.H1.X2", "T.X1", "T.H1", "T.SNV"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_month_imported_into_a_store_holding_two_years_reads_back_no_stored_dossier_and_equals_a_full_recomputation(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 500);
        await ImportAndComputeAsync(store, Generated(1_500, 2024, 1, null));
        await ImportAndComputeAsync(store, Generated(1_500, 2025, 2, null));
        var (month, unfinished, monthValues, monthFull, keptAfterMonth, keptFull) = await StepAsync(store, Generated(1_500, 2026, 3, new DateTime(2026, 2, 20, 17, 0, 0)));

        // Forty days later the open dossiers of February are overdue; a few more finished dossiers of February arrive.
        store.Database.Time.Advance(TimeSpan.FromDays(40));
        var (later, _, laterValues, laterFull, keptAfterLater, keptLaterFull) = await StepAsync(store, [
            Row("THEM1", "T.X1", "2026-02-23T08:00", "2026-02-27T17:00", "2026-02-26T09:00", "da_tra"),
            Row("THEM2", "T.H1.X1", "2026-02-24T08:00", "2026-02-25T17:00", "2026-03-02T09:00", "da_tra"),
        ]);

        Assert.True(month.FromImport);
        Assert.Equal([2026], month.Years);
        Assert.True(unfinished > 0);
        Assert.Equal(0, month.ReadBack);
        Assert.Contains(keptAfterMonth, k => k.StartsWith("2024|open|", StringComparison.Ordinal) || k.StartsWith("2025|open|", StringComparison.Ordinal));
        Assert.Contains(keptAfterMonth, k => k.StartsWith("2026|open|", StringComparison.Ordinal));
        Assert.True(monthFull.Count > 1_000);
        Assert.Equal(monthFull, monthValues);
        Assert.Equal(keptFull, keptAfterMonth);
        Assert.True(later.FromImport);
        Assert.Equal(0, later.ReadBack);
        Assert.Equal(laterFull, laterValues);
        Assert.Equal(keptLaterFull, keptAfterLater);
        Assert.NotEqual(monthFull, laterFull); // the clock alone moved the running year's overdue counts
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_that_finishes_a_stored_open_dossier_of_an_earlier_year_reads_the_open_dossiers_back_and_equals_a_full_recomputation(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await ImportAndComputeAsync(store, [
            Row("HS1", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-12T09:00", "da_tra"),
            Row("HS2", "T.X1", "2025-11-10T08:00", "2025-11-20T17:00", null, "dang_xu_ly"),
            Row("HS3", "T.X1", "2025-12-10T08:00", "2025-12-20T17:00", null, "dang_xu_ly"),
            Row("HS4", "T.X1", "2026-01-10T08:00", "2026-01-20T17:00", "2026-01-12T09:00", "da_tra"),
        ]);

        // HS2 finished in February 2026 (its stored version had no finish date), HS5 opens in February.
        var (summary, unfinished, values, full, kept, keptFull) = await StepAsync(store, [
            Row("HS5", "T.H1.X1", "2026-02-10T08:00", "2026-03-20T17:00", null, "dang_xu_ly"),
            Row("HS6", "T.H1.X1", "2026-02-11T08:00", "2026-02-20T17:00", "2026-02-13T09:00", "da_tra"),
        ]);
        var (replacing, _, replacedValues, replacedFull, replacedKept, replacedKeptFull) = await StepAsync(store, [
            Row("HS2", "T.X1", "2025-11-10T08:00", "2025-11-20T17:00", "2026-02-25T09:00", "da_tra"),
        ]);

        Assert.True(summary.FromImport);
        Assert.Equal(0, summary.ReadBack);
        Assert.Equal(3, unfinished);
        Assert.Equal(full, values);
        Assert.Equal(keptFull, kept);
        Assert.True(replacing.OnlyTouchedYears);
        Assert.Equal(replacedFull, replacedValues);
        Assert.Equal(replacedKeptFull, replacedKept);
        Assert.DoesNotContain(replacedKept, k => k.StartsWith("2025|open|2025-11-10", StringComparison.Ordinal));
        Assert.Contains(replacedKept, k => k.StartsWith("2025|open|2025-12-10", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Kept_counts_are_not_used_after_an_apology_was_recorded_since_they_were_taken(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await ImportAndComputeAsync(store, [Row("HS1", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-25T09:00", "da_tra")]);
        await store.Database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var dossier = await db.Set<Dossier>().SingleAsync();
            db.Add(new LateDossierApology { DossierId = dossier.Id, Complete = true, RecordedBy = "test", RecordedAt = store.Database.Time.GetUtcNow(), Version = 1 });
            await db.SaveChangesAsync();
        });

        var (summary, _, values, full, kept, keptFull) = await StepAsync(store, [Row("HS2", "T.X1", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra")]);

        Assert.False(summary.OnlyTouchedYears);
        Assert.Equal(full, values);
        Assert.Equal(keptFull, kept);
        var q1 = await store.ValuesAsync(store.Org.Province, "2025-Q1");
        Assert.Equal(0, Value(q1, IndicatorCodes.LateWithoutApology, "T").Numerator);
    }

    internal static async Task ImportAndComputeAsync(DossierStore store, IEnumerable<string> rows)
    {
        store.Database.Time.Advance(TimeSpan.FromMinutes(1));
        var path = store.WriteCsv(rows);
        await store.Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            await importer.ImportAsync(path, "test");
            return await sp.GetRequiredService<IndicatorComputer>().ComputeAsync(importer.Counts);
        });
    }

    /// <summary>Imports, computes after the import, then recomputes everything: the summary, the stored dossiers without a
    /// finish date, the values and kept counts after each computation.</summary>
    internal static async Task<(ComputeSummary, long, List<string>, List<string>, List<string>, List<string>)> StepAsync(DossierStore store, IEnumerable<string> rows)
    {
        store.Database.Time.Advance(TimeSpan.FromMinutes(1));
        var path = store.WriteCsv(rows);
        return await store.Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            await importer.ImportAsync(path, "test");
            var computer = sp.GetRequiredService<IndicatorComputer>();
            var summary = await computer.ComputeAsync(importer.Counts);
            var unfinished = await sp.GetRequiredService<AppDbContext>().Set<Dossier>().LongCountAsync(d => d.FinishedAt == null);
            var (values, kept) = (await StoredValuesAsync(sp), await KeptAsync(sp));
            await computer.ComputeAsync();
            return (summary, unfinished, values, await StoredValuesAsync(sp), kept, await KeptAsync(sp));
        });
    }

    private static IEnumerable<string> Generated(int count, int year, ulong seed, DateTime? exportedAt)
    {
        using var stream = new MemoryStream();
        SyntheticDossiers.Write(stream, new SyntheticDossierOptions { Count = count, Year = year, Seed = seed, UnitCodes = Units, ExportedAtLocal = exportedAt });
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Skip(1).Select(l => l.TrimEnd('\r')).ToList();
    }

    private static async Task<List<string>> StoredValuesAsync(IServiceProvider sp)
    {
        var rows = await sp.GetRequiredService<AppDbContext>().Set<StoredIndicatorValue>().AsNoTracking()
            .Select(v => new { v.Year, v.Period, v.Code, v.UnitCode, v.Field, v.Numerator, v.Denominator, v.Value }).ToListAsync();
        return rows.Select(v => $"{v.Year}|{v.Period}|{v.Code}|{v.UnitCode}|{v.Field}|{v.Numerator}|{v.Denominator}|{v.Value}").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The kept counts, decoded: every counter of every bucket and month, per year, and the records without a
    /// finish date kept beside them (not the bytes: the buckets' order may differ between two computations of the same
    /// counts).</summary>
    internal static async Task<List<string>> KeptAsync(IServiceProvider sp)
    {
        var rows = await sp.GetRequiredService<AppDbContext>().Set<DossierYearCounts>().AsNoTracking().OrderBy(r => r.Year).ToListAsync();
        var result = new List<string>();
        foreach (var row in rows)
        {
            result.Add($"{row.Year}|{row.Dossiers}|{row.HasOwn}|{row.Counts is null}");
            if (row.Counts is null) continue;
            var accumulator = new DossierAccumulator(row.Year);
            Assert.True(DossierCountsBinary.TryRead(row.Counts, accumulator, row.Dossiers));
            var open = new List<DossierRecord>();
            Assert.True(DossierCountsBinary.TryReadUnfinished(row.Counts, open));
            result.AddRange(open.Select(d => $"{row.Year}|open|{DossierCodes.LocalDate(d.ReceivedAt):yyyy-MM-dd}|{d}").Order(StringComparer.Ordinal));
            var counts = accumulator.Build();
            foreach (var key in counts.Keys.OrderBy(k => k.Unit, StringComparer.Ordinal).ThenBy(k => k.Field, StringComparer.Ordinal))
            {
                var raw = Enum.GetValues<DossierCounter>().SelectMany(c => Enumerable.Range(0, 13).Select(m => counts.Raw(key.Unit, key.Field, c, m)));
                result.Add($"{row.Year}|{key.Unit}|{key.Field}|{string.Join(',', raw)}");
            }
        }

        return result;
    }
}
