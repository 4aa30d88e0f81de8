using BenchmarkDotNet.Attributes;

namespace ParPlan.Benchmarks;

/// <summary>1,000,000 synthetic dossiers of one province-year: generation, and read + compute of every indicator.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class DossierBenchmarks
{
    private string _path = "";

    [Params(1_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"parplan-bench-dossiers-{Count}.csv");
        DossierPipeline.Generate(_path, Count);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public void Generate()
    {
        using var sink = Stream.Null;
        ParPlan.Core.Dossiers.SyntheticDossiers.Write(sink, new() { Count = Count, UnitCodes = DossierPipeline.Units });
    }

    [Benchmark]
    public long ReadAndComputeAllIndicators() => DossierPipeline.ReadAndCompute(_path).Values;
}
