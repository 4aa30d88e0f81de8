using BenchmarkDotNet.Attributes;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Benchmarks;

/// <summary>
/// Throughput of <see cref="PlanParser.Parse"/> on the seed text extractions (DOMAIN D0, D2, D3), read once and parsed
/// in memory. The MB/s figure is printed in the summary column "MB/s".
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class PlanParseBenchmarks
{
    private SourceDocument[] _documents = [];

    public static long TotalBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = SeedFiles.All();
        _documents = seeds.Select(s => TextDocumentReader.Read(File.ReadAllBytes(s))).ToArray();
        TotalBytes = seeds.Sum(s => new FileInfo(s).Length);
    }

    /// <summary>Parses the three seed plans (one operation = all three).</summary>
    [Benchmark]
    public int ParseSeedPlans()
    {
        var tasks = 0;
        foreach (var doc in _documents)
        {
            tasks += PlanParser.Parse(doc).Tasks.Count;
        }

        return tasks;
    }
}

/// <summary>Finds the seed plans: the project's copy under <c>tests/fixtures/plans/seeds</c>, or <c>PARPLAN_SEEDS</c>.</summary>
public static class SeedFiles
{
    public static string[] All()
    {
        var folder = Environment.GetEnvironmentVariable("PARPLAN_SEEDS");
        if (string.IsNullOrEmpty(folder))
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ParPlan.slnx")))
                {
                    folder = Path.Combine(dir.FullName, "tests", "fixtures", "plans", "seeds");
                    break;
                }
            }
        }

        return Directory.GetFiles(folder ?? ".", "*.txt").Order(StringComparer.Ordinal).ToArray();
    }
}
