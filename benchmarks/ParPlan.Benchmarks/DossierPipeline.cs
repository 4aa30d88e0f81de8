using System.Diagnostics;
using System.Globalization;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;

namespace ParPlan.Benchmarks;

/// <summary>
/// The dossier pipeline of one province-year: a synthetic CSV of N dossiers, then one streaming read
/// plus the computation of every indicator for all 20 periods with a roll-up to the province.
/// </summary>
public static class DossierPipeline
{
    public static readonly IReadOnlyList<string> Units = BuildUnits();

    private static List<string> BuildUnits()
    {
        var units = new List<string> { "TTPVHCC-TINH" };
        for (int i = 1; i <= 120; i++) units.Add("XA-" + i.ToString("000", CultureInfo.InvariantCulture));
        return units;
    }

    public static IUnitHierarchy Hierarchy()
    {
        var tree = new UnitHierarchy();
        foreach (var u in Units.Skip(1)) tree.Link(u, "UBND-TINH");
        tree.Link(Units[0], "UBND-TINH");
        return tree;
    }

    public static void Generate(string path, int count, int year = 2025)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        SyntheticDossiers.Write(file, new SyntheticDossierOptions { Count = count, Year = year, Seed = 2025, UnitCodes = Units });
    }

    /// <summary>Reads the file, accumulates counts and computes all indicators; returns (accepted, rejected, values).</summary>
    public static (long Accepted, long Rejected, int Values) ReadAndCompute(string path, int year = 2025)
    {
        var (accepted, rejected, values) = ReadAndCompute(path, year, out _);
        return (accepted, rejected, values.Count);
    }

    /// <summary>As <see cref="ReadAndCompute(string, int)"/>, also timing the compute step alone.</summary>
    public static (long Accepted, long Rejected, IReadOnlyList<IndicatorValue> Values) ReadAndCompute(string path, int year, out TimeSpan compute)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var known = new HashSet<string>(Units, StringComparer.Ordinal);
        var accumulator = new DossierAccumulator(year);
        long rejected = accumulator.AddAll(DossierReader.ReadCsv(file, new DossierReadOptions { IsKnownUnit = known.Contains }));
        var sw = Stopwatch.StartNew();
        var counts = accumulator.Build();
        var engine = new IndicatorEngine(new IndicatorEngineOptions { Hierarchy = Hierarchy(), ByField = true });
        var values = engine.ComputeYear(counts);
        compute = sw.Elapsed;
        return (accumulator.RecordsSeen, rejected, values);
    }

    /// <summary>Reads only (no counting), with or without the duplicate check: isolates the reader's cost.</summary>
    public static (TimeSpan Elapsed, long AllocatedBytes) ReadOnly(string path, bool rejectDuplicates)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        long n = 0;
        foreach (var row in DossierReader.ReadCsv(file, new DossierReadOptions { RejectDuplicates = rejectDuplicates }))
        {
            if (row.IsAccepted) n++;
        }
        return (sw.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    /// <summary><c>--dossiers [count]</c>: prints timings, throughput and peak memory.</summary>
    public static void Run(string[] args)
    {
        int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var path = Path.Combine(Path.GetTempPath(), $"parplan-dossiers-{count}.csv");
        try
        {
            var sw = Stopwatch.StartNew();
            Generate(path, count);
            var generate = sw.Elapsed;
            long bytes = new FileInfo(path).Length;
            GC.Collect();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            sw.Restart();
            var (accepted, rejected, values) = ReadAndCompute(path, 2025, out var compute);
            var pipeline = sw.Elapsed;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            foreach (var v in values.Where(v => v.UnitCode == "UBND-TINH" && v.Period == "2025" && v.Field is null))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  UBND-TINH 2025 {v.Code}: {v.Numerator:N0}/{v.Denominator:N0} = {v.Value}"));
            var plain = ReadOnly(path, rejectDuplicates: false);
            var checkedRead = ReadOnly(path, rejectDuplicates: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read only: {plain.Elapsed.TotalSeconds:F2} s / {plain.AllocatedBytes / 1048576.0:F0} MiB allocated without duplicate check, {checkedRead.Elapsed.TotalSeconds:F2} s / {checkedRead.AllocatedBytes / 1048576.0:F0} MiB with it"));
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generate: {count:N0} rows, {bytes / 1048576.0:F1} MiB in {generate.TotalSeconds:F2} s ({count / generate.TotalSeconds:N0} rows/s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read+compute: {accepted:N0} accepted, {rejected:N0} rejected, {values.Count:N0} indicator values in {pipeline.TotalSeconds:F2} s (compute step {compute.TotalSeconds:F2} s) ({count / pipeline.TotalSeconds:N0} rows/s, {bytes / 1048576.0 / pipeline.TotalSeconds:F0} MiB/s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory: peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB, allocated during read+compute {allocated / 1048576.0:F0} MiB, max GC heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:F0} MiB"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
