using System.Diagnostics;
using BenchmarkDotNet.Running;
using ParPlan.Benchmarks;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

// `--dossiers [count]`: a one-shot timing of the dossier pipeline with peak memory (no BenchmarkDotNet).
if (args.Length > 0 && args[0] == "--dossiers")
{
    DossierPipeline.Run(args[1..]);
    return;
}

// "--quick": a plain stopwatch measurement (no BenchmarkDotNet), for a figure in seconds.
if (args.Contains("--quick"))
{
    var seeds = SeedFiles.All();
    var docs = seeds.Select(s => TextDocumentReader.Read(File.ReadAllBytes(s))).ToArray();
    var bytes = seeds.Sum(s => new FileInfo(s).Length);
    for (var i = 0; i < 5; i++)
    {
        foreach (var d in docs)
        {
            PlanParser.Parse(d);
        }
    }

    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    var runs = 0;
    while (sw.Elapsed < TimeSpan.FromSeconds(5))
    {
        foreach (var d in docs)
        {
            PlanParser.Parse(d);
        }

        runs++;
    }

    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine($"{runs} runs: {bytes * runs / 1e6 / sw.Elapsed.TotalSeconds:0.00} MB/s wall clock, {bytes * runs / 1e6 / cpuSeconds:0.00} MB/s of CPU time");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PlanParseBenchmarks).Assembly).Run(args);
