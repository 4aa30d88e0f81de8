using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Dossiers;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>The counts an import accumulates while filling an empty store against the reference computation that
/// reads every stored dossier back.</summary>
public class IndicatorFastPathTests
{
    private static readonly string[] Units = ["T.H1.X1", "T.H1.X2", "T.X1", "T.H1", "T.SNV"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Counts_accumulated_while_importing_a_generated_file_give_the_same_values_as_reading_the_store_back(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 700);
        var path = store.WriteCsv(GeneratedRows(3_000).Concat([
            // Across years: received in 2024, still in process, finished in 2026, withdrawn, refused without a date.
            Row("CROSS1", "T.H1.X1", "2024-11-10T08:00", "2024-12-20T17:00", null, "dang_xu_ly"),
            Row("CROSS2", "T.H1.X2", "2024-12-30T08:00", "2025-01-20T17:00", "2026-01-05T09:00", "da_tra", apologised: "1"),
            Row("CROSS3", "T.X1", "2024-06-01T08:00", "2024-06-20T17:00", null, "bo_sung"),
            Row("CROSS4", "T.X1", "2024-06-01T08:00", "2024-06-20T17:00", null, "rut_ho_so"),
            Row("CROSS5", "T.H1.X1", "2024-03-01T08:00", "2024-03-20T17:00", null, "tu_choi"),
            Row("CROSS6", "T.H1.X1", "2025-12-31T23:30", "2026-01-10T17:00", "2026-01-12T09:00", "da_tra"),
        ]));

        var (fast, fastValues, reference, referenceValues) = await store.Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            await importer.ImportAsync(path, "test");
            var computer = sp.GetRequiredService<IndicatorComputer>();
            var fast = await computer.ComputeAsync(importer.Counts);
            var fastValues = await StoredValuesAsync(sp);
            var reference = await computer.ComputeAsync();
            return (fast, fastValues, reference, await StoredValuesAsync(sp));
        });

        Assert.True(fast.FromImport);
        Assert.False(reference.FromImport);
        Assert.Equal([2024, 2025, 2026], fast.Years);
        Assert.Equal(reference.Years, fast.Years);
        Assert.Equal(reference.Dossiers, fast.Dossiers);
        Assert.True(referenceValues.Count > 1_000);
        Assert.Equal(referenceValues, fastValues);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_into_a_store_that_already_holds_dossiers_hands_over_its_counts_and_only_the_other_stored_rows_are_read(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([Row("HS1", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", null, "dang_xu_ly")]));
        await store.ComputeAsync();
        store.Database.Time.Advance(TimeSpan.FromMinutes(1)); // the first import finished before the second started

        var (counts, summary) = await store.Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            await importer.ImportAsync(store.WriteCsv([Row("HS2", "T.H1.X1", "2025-02-11T08:00", "2025-02-20T17:00", null, "dang_xu_ly")]), "test");
            return (importer.Counts, await sp.GetRequiredService<IndicatorComputer>().ComputeAsync(importer.Counts));
        });

        Assert.NotNull(counts);
        Assert.True(summary.FromImport);
        Assert.Equal([2025], summary.Years);
        Assert.Equal(2, summary.Dossiers);
        var february = await store.ValuesAsync(store.Org.Province, "2025-Q1");
        Assert.Equal(2, Value(february, Core.Indicators.IndicatorCodes.Received, "T").Numerator);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Counts_of_a_file_with_a_finish_after_the_clock_are_not_used_because_its_month_end_snapshots_depend_on_the_clock(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        var summary = await store.Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            // The test clock stands at 1/3/2026 09:00 in Việt Nam: this dossier finished later that day.
            await importer.ImportAsync(store.WriteCsv([Row("HS1", "T.H1.X1", "2026-02-10T08:00", "2026-03-20T17:00", "2026-03-01T10:00", "da_tra")]), "test");
            Assert.NotNull(importer.Counts);
            return await sp.GetRequiredService<IndicatorComputer>().ComputeAsync(importer.Counts);
        });

        Assert.False(summary.FromImport);
        Assert.Equal([2026], summary.Years);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Counts_of_a_file_with_an_open_dossier_due_after_the_clock_are_used_and_the_open_dossier_is_counted_as_of_now_from_the_import(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        var (summary, values, reference) = await store.Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            // Due after the clock (1/3/2026): its month-end snapshots depend on the clock, so it is not in the import's counts.
            await importer.ImportAsync(store.WriteCsv([
                Row("HS1", "T.H1.X1", "2026-02-10T08:00", "2026-03-20T17:00", null, "dang_xu_ly"),
                Row("HS2", "T.H1.X1", "2026-02-10T08:00", "2026-02-20T17:00", "2026-02-25T09:00", "da_tra"),
            ]), "test");
            var computer = sp.GetRequiredService<IndicatorComputer>();
            var summary = await computer.ComputeAsync(importer.Counts);
            var values = await StoredValuesAsync(sp);
            await computer.ComputeAsync();
            return (summary, values, await StoredValuesAsync(sp));
        });

        Assert.True(summary.FromImport);
        Assert.Equal(0, summary.ReadBack); // the open dossier came with the import: nothing is read back
        Assert.Equal([2026], summary.Years);
        Assert.Equal(reference, values);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Counts_are_not_used_when_an_import_queued_earlier_ran_and_finished_meanwhile_and_overwrote_its_rows(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        var (summary, late) = await store.Database.InScopeAsync(async sp =>
        {
            // The other import was queued first, and is not yet running when this one starts.
            var db = sp.GetRequiredService<AppDbContext>();
            var other = new ImportBatch { Source = "test", FileName = "khac.csv", FileHash = "x", Status = ImportStatus.Queued, UserName = "khac" };
            db.Add(other);
            await db.SaveChangesAsync();
            var importer = sp.GetRequiredService<DossierImporter>();
            await importer.ImportAsync(store.WriteCsv([Row("HS1", "T.H1.X1", "2025-02-10T08:00", "2025-02-20T17:00", "2025-02-15T09:00", "da_tra")]), "test");
            var mine = await db.Set<ImportBatch>().AsNoTracking().SingleAsync(b => b.Id != other.Id);

            // It then runs, rewrites HS1 as finished late and completes, before this import's indicators are computed.
            await db.Set<Dossier>().ExecuteUpdateAsync(u => u.SetProperty(d => d.FinishedAt, new DateTimeOffset(2025, 2, 25, 2, 0, 0, TimeSpan.Zero)));
            var finishedAt = mine.StartedAt.AddSeconds(1);
            await db.Set<ImportBatch>().Where(b => b.Id == other.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, ImportStatus.Completed).SetProperty(b => b.FinishedAt, finishedAt));
            Assert.NotNull(importer.Counts);
            var summary = await sp.GetRequiredService<IndicatorComputer>().ComputeAsync(importer.Counts);
            var q1 = await store.ValuesAsync(store.Org.Province, "2025-Q1");
            return (summary, Value(q1, Core.Indicators.IndicatorCodes.LateWithoutApology, "T.H1.X1").Value);
        });

        Assert.False(summary.FromImport);
        Assert.Equal(1, late);
    }

    private static IEnumerable<string> GeneratedRows(int count)
    {
        using var stream = new MemoryStream();
        SyntheticDossiers.Write(stream, new SyntheticDossierOptions { Count = count, Year = 2025, Seed = 7, UnitCodes = Units });
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Skip(1).Select(l => l.TrimEnd('\r'));
    }

    private static async Task<List<string>> StoredValuesAsync(IServiceProvider sp)
    {
        var rows = await sp.GetRequiredService<AppDbContext>().Set<StoredIndicatorValue>().AsNoTracking()
            .Select(v => new { v.Year, v.Period, v.Code, v.UnitCode, v.Field, v.Numerator, v.Denominator, v.Value }).ToListAsync();
        // Invariant: the host sets Vietnamese as the default culture of new threads, so the current culture depends on
        // the thread a continuation lands on; the comparison is of values, not of their formatting.
        return rows.Select(v => FormattableString.Invariant($"{v.Year}|{v.Period}|{v.Code}|{v.UnitCode}|{v.Field}|{v.Numerator}|{v.Denominator}|{v.Value}"))
            .Order(StringComparer.Ordinal).ToList();
    }
}
