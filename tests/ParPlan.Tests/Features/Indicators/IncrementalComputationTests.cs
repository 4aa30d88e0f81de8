using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>The computation after an import touches only the years the import moved, and gives exactly what a full
/// recomputation of the store gives: after random imports, re-imports of the same codes and updates that move
/// dossiers between years, with unfinished dossiers carried into later years; and the year counts it keeps for the next
/// import are those a full recomputation keeps.</summary>
public class IncrementalComputationTests
{
    private static readonly string[] Units = ["T.H1.X1", "T.H1.X2", "T.X1", "T.H1", "T.SNV"];
    private static readonly string[] Statuses = ["dang_xu_ly", "bo_sung", "da_xu_ly", "da_tra", "tu_choi", "rut_ho_so"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task After_random_imports_reimports_and_updates_the_values_computed_for_the_touched_years_equal_a_full_recomputation(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 37);
        var random = new Random(20261206);
        var files = new List<List<string>>
        {
            // A store of 2023 with dossiers still open, then 2025 alone: 2024 holds only what 2023 carries into it.
            Enumerable.Range(0, 60).Select(i => RandomRow(random, $"A{i}", 2023, 2023)).ToList(),
            Enumerable.Range(0, 60).Select(i => RandomRow(random, $"B{i}", 2025, 2025)).ToList(),
        };
        for (var step = 0; step < 8; step++)
        {
            // Odd steps: new codes and codes already stored (updates moving dossiers between years, some left open).
            // Even steps: new dossiers of one year, all finished in it, which touch that year alone.
            var year = random.Next(2023, 2027);
            files.Add(step % 2 == 1
                ? [.. Enumerable.Range(0, random.Next(5, 80)).Select(i => RandomRow(random,
                    random.Next(3) == 0 ? $"N{step}-{i}" : $"{"AB"[random.Next(2)]}{random.Next(60)}", year, Math.Min(2026, year + random.Next(2))))]
                : [.. Enumerable.Range(0, random.Next(5, 80)).Select(i => RandomRow(random, $"N{step}-{i}", year, year, closed: true))]);
        }

        files.Add(files[^1]); // the same file again: every row an unchanged update
        var (partial, fromImport) = (0, 0);
        foreach (var rows in files)
        {
            var path = store.WriteCsv(rows);
            store.Database.Time.Advance(TimeSpan.FromMinutes(1)); // each import starts after the previous one finished
            var (summary, incremental, full, range, kept, keptFull) = await store.Database.InScopeAsync(async sp =>
            {
                var importer = sp.GetRequiredService<DossierImporter>();
                await importer.ImportAsync(path, "test");
                var computer = sp.GetRequiredService<IndicatorComputer>();
                var summary = await computer.ComputeAsync(importer.Counts);
                var (incremental, kept) = (await StoredValuesAsync(sp), await KeptYearCountsTests.KeptAsync(sp));
                var full = await computer.ComputeAsync();
                return (summary, incremental, await StoredValuesAsync(sp), full.Years, kept, await KeptYearCountsTests.KeptAsync(sp));
            });

            Assert.True(summary.OnlyTouchedYears);
            Assert.True(incremental.Count > 0);
            Assert.Equal(full, incremental);
            Assert.Equal(keptFull, kept); // the year counts the next import adds to are the full computation's
            if (summary.Years.Count < range.Count) partial++;
            if (summary.FromImport) fromImport++;
        }

        // The comparison is only worth something if some imports really skipped years.
        Assert.True(partial >= 3, $"only {partial} imports computed fewer years than the store holds");
        Assert.True(fromImport >= 5, $"only {fromImport} computations used the counts the import brought");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_computes_its_own_years_and_the_later_years_its_unfinished_dossiers_are_open_in(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([
            Row("HS1", "T.H1.X1", "2024-02-10T08:00", "2024-02-20T17:00", "2024-02-15T09:00", "da_tra"),
            Row("HS2", "T.X1", "2025-08-10T08:00", "2025-08-20T17:00", "2025-08-15T09:00", "da_tra"),
            Row("HS3", "T.X1", "2026-01-10T08:00", "2026-01-20T17:00", "2026-01-15T09:00", "da_tra"),
        ]));
        await store.ComputeAsync();

        var finished = await ImportAndComputeAsync(store, Row("HS4", "T.H1.X1", "2024-03-10T08:00", "2024-03-20T17:00", "2024-03-25T09:00", "da_tra"));
        var open = await ImportAndComputeAsync(store, Row("HS5", "T.H1.X1", "2024-04-10T08:00", "2024-04-20T17:00", null, "dang_xu_ly"));
        var moved = await ImportAndComputeAsync(store, Row("HS2", "T.X1", "2026-02-10T08:00", "2026-02-20T17:00", "2026-02-15T09:00", "da_tra"));

        Assert.Equal([2024], finished.Years);
        Assert.True(finished.FromImport);
        Assert.Equal([2024, 2025, 2026], open.Years);
        Assert.Equal([2025, 2026], moved.Years); // the replaced version counted in 2025
        var year2025 = await store.ValuesAsync(store.Org.Province, "2025");
        Assert.Equal(0, Value(year2025, Core.Indicators.IndicatorCodes.Received, "T").Numerator);
    }

    private static Task<ComputeSummary> ImportAndComputeAsync(DossierStore store, string row)
    {
        store.Database.Time.Advance(TimeSpan.FromMinutes(1));
        return store.Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            await importer.ImportAsync(store.WriteCsv([row]), "test");
            return await sp.GetRequiredService<IndicatorComputer>().ComputeAsync(importer.Counts);
        });
    }

    /// <summary>A valid row received in <paramref name="year"/> (before the test clock's 1/3/2026), finished in
    /// <paramref name="finishYear"/> or later, or still open.</summary>
    private static string RandomRow(Random random, string code, int year, int finishYear, bool closed = false)
    {
        var last = new DateTime(2026, 2, 27);
        var received = new DateTime(year, 1, 1).AddDays(random.Next(year == 2026 ? 57 : 360)).AddHours(7 + random.Next(10));
        if (received > last) received = last;
        var due = received.AddDays(random.Next(1, 40));
        var status = closed ? "da_tra" : Statuses[random.Next(Statuses.Length)];
        DateTime? finished = null;
        if (status is not ("dang_xu_ly" or "bo_sung") || random.Next(4) == 0)
        {
            var from = new DateTime(finishYear, 1, 1) > received ? new DateTime(finishYear, 1, 1) : received.AddHours(1);
            var candidate = from.AddDays(random.Next(0, 60)).AddHours(random.Next(8));
            finished = candidate > last ? last.AddHours(20) : candidate;
            if (finished <= received) finished = received.AddHours(1);
            if (closed && finished.Value.Year > year) finished = new DateTime(year, 12, 31, 23, 30, 0);
            if (!closed && random.Next(5) == 0 && status is not ("dang_xu_ly" or "bo_sung")) finished = null; // closed without a date
        }

        var channel = random.Next(3) switch { 0 => "truc_tiep", 1 => "truc_tuyen", _ => "buu_chinh" };
        return Row(code, Units[random.Next(Units.Length)], Local(received), Local(due), finished is { } f ? Local(f) : null, status,
            channel, apologised: random.Next(3) == 0 ? "1" : "", field: random.Next(2) == 0 ? "Hộ tịch" : "Đất đai");
    }

    private static string Local(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static async Task<List<string>> StoredValuesAsync(IServiceProvider sp)
    {
        var rows = await sp.GetRequiredService<AppDbContext>().Set<StoredIndicatorValue>().AsNoTracking()
            .Select(v => new { v.Year, v.Period, v.Code, v.UnitCode, v.Field, v.Numerator, v.Denominator, v.Value }).ToListAsync();
        // Invariant: the host sets Vietnamese as the default culture of new threads (see IndicatorFastPathTests).
        return rows.Select(v => FormattableString.Invariant($"{v.Year}|{v.Period}|{v.Code}|{v.UnitCode}|{v.Field}|{v.Numerator}|{v.Denominator}|{v.Value}"))
            .Order(StringComparer.Ordinal).ToList();
    }
}
