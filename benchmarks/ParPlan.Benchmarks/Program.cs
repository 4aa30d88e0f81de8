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

// `--coverage`: the cascade coverage matrix of 60 tasks × 150 communes on SQLite.
if (args.Length > 0 && args[0] == "--coverage")
{
    await CoverageBench.RunAsync();
    return;
}

// `--documents`: Decree 30 DOCX of a 60-task plan and a consolidated report over 170 units.
if (args.Length > 0 && args[0] == "--documents")
{
    ReportDocumentBench.Run();
    return;
}

// `--reports [units]`: a province's consolidated quarterly report over 170 units' accepted reports, through the real
// report services and a SQLite store.
if (args.Length > 0 && args[0] == "--reports")
{
    await ReportConsolidationBench.RunAsync(args[1..]);
    return;
}

// `--par`: PAR INDEX finalisation and ranking of 150 communes × 100 criteria.
if (args.Length > 0 && args[0] == "--par")
{
    ParIndexBench.Run();
    return;
}

// "--quick": a plain stopwatch measurement (no BenchmarkDotNet), for a figure in seconds. Two 5-second windows: the
// first right after a 5-parse warm-up, while the runtime's tiered JIT is still recompiling the hot methods in the
// background (what a freshly started process gets), the second once no method has been compiled for 3 s (at most
// 60 s of parsing in between: the steady state of a running server). CPU time is the whole process's (GC and JIT
// threads included); run it under `taskset -c 0` for the one-core figures (the cores line says how many it had).
if (args.Contains("--quick"))
{
    var seeds = SeedFiles.All();
    var docs = seeds.Select(s => TextDocumentReader.Read(File.ReadAllBytes(s))).ToArray();
    var bytes = seeds.Sum(s => new FileInfo(s).Length);
    void ParseAll()
    {
        foreach (var d in docs)
        {
            PlanParser.Parse(d);
        }
    }

    string Window(string name)
    {
        var jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var runs = 0;
        while (sw.Elapsed < TimeSpan.FromSeconds(5))
        {
            ParseAll();
            runs++;
        }

        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return $"{name}: {runs} runs, {bytes * runs / 1e6 / sw.Elapsed.TotalSeconds:0.00} MB/s wall clock, {bytes * runs / 1e6 / cpuSeconds:0.00} MB/s of CPU time"
               + $" ({System.Runtime.JitInfo.GetCompiledMethodCount() - jit} methods compiled meanwhile)";
    }

    var cold = Stopwatch.StartNew();
    ParseAll();
    var coldMs = cold.Elapsed.TotalMilliseconds;
    for (var i = 0; i < 4; i++)
    {
        ParseAll();
    }

    var early = Window("first 5 s (JIT at work)");
    var settle = Stopwatch.StartNew();
    var quiet = Stopwatch.StartNew();
    var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
    while (settle.Elapsed < TimeSpan.FromSeconds(60) && quiet.Elapsed < TimeSpan.FromSeconds(3))
    {
        ParseAll();
        var now = System.Runtime.JitInfo.GetCompiledMethodCount();
        if (now != compiled)
        {
            compiled = now;
            quiet.Restart();
        }
    }

    var steady = Window($"steady state (after {settle.Elapsed.TotalSeconds:0} s more)");
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    ParseAll();

    Console.WriteLine($"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6:0.0} MB allocated per parse of the seeds ({bytes / 1e3:0} KB)");
    Console.WriteLine($"{Environment.ProcessorCount} core(s) available; cold first parse {coldMs:0} ms (JIT included)");
    Console.WriteLine(early);
    Console.WriteLine(steady);
    return;
}

if (args.Contains("--phases"))
{
    var seeds = SeedFiles.All();
    var texts = seeds.Select(s => File.ReadAllText(s).Split('\n').Select(l => ParPlan.Core.Plans.Import.PhraseKit.Normalize(l)).ToList()).ToArray();
    var proc = Process.GetCurrentProcess();
    TimeSpan Cpu() { proc.Refresh(); return proc.TotalProcessorTime; }
    void Time(string name, Action action)
    {
        for (var i = 0; i < 3; i++) { action(); }
        var c0 = Cpu();
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++) { action(); }
        Console.WriteLine($"{name}: {(Cpu() - c0).TotalMilliseconds / 10:0.0} ms CPU, {(GC.GetAllocatedBytesForCurrentThread() - a0) / 10e6:0.0} MB allocated per 3 docs");
    }

    Time("normalize", () => { foreach (var s in seeds) { _ = File.ReadAllText(s).Split('\n').Select(l => ParPlan.Core.Plans.Import.PhraseKit.Normalize(l)).ToList(); } });
    Time("header", () => { foreach (var t in texts) { ParPlan.Core.Plans.Import.HeaderReader.Read(t, t, null, []); } });
    Time("table", () => { foreach (var t in texts) { ParPlan.Core.Plans.Import.TextTableReader.Read(t); } });
    var rowLines = texts.SelectMany(t => t.Select(l => (l, false))).Chunk(40).Select(c => c.ToList()).ToList();
    Time("chunks", () => { foreach (var r in rowLines) { ParPlan.Core.Plans.Import.Chunk.Prepare(r); } });
    var prepared = rowLines.Select(r => ParPlan.Core.Plans.Import.Chunk.Prepare(r)).ToList();
    ParPlan.Core.Plans.Import.Col[] cols = [ParPlan.Core.Plans.Import.Col.Ref, ParPlan.Core.Plans.Import.Col.Objective, ParPlan.Core.Plans.Import.Col.Title, ParPlan.Core.Plans.Import.Col.Activity, ParPlan.Core.Plans.Import.Col.Output, ParPlan.Core.Plans.Import.Col.Lead, ParPlan.Core.Plans.Import.Col.Support, ParPlan.Core.Plans.Import.Col.Time, ParPlan.Core.Plans.Import.Col.Funding];
    Time("dp", () => { foreach (var r in prepared) { ParPlan.Core.Plans.Import.CellSegmenter.Segment(r, cols, null); } });
    var tables = texts.Select(t => ParPlan.Core.Plans.Import.TextTableReader.Read(t)).ToArray();
    var ctx = new ParPlan.Core.Plans.Import.TaskBuilder.Context(2025, null, null);
    Time("tasks", () => { foreach (var t in tables) { foreach (var r in t.Tasks) { ParPlan.Core.Plans.Import.TaskBuilder.Build(r, ctx, []); } } });
    var built = tables.Select(t => t.Tasks.Select(r => ParPlan.Core.Plans.Import.TaskBuilder.Build(r, ctx, [])).ToList()).ToArray();
    Time("targets", () => { for (var x = 0; x < texts.Length; x++) { ParPlan.Core.Plans.Import.TargetCollector.Collect(texts[x].Where((_, i) => !tables[x].TableLines.Contains(i)).ToList(), built[x], 2025, []); } });
    Time("full", () => { foreach (var s in seeds) { PlanParser.Parse(TextDocumentReader.FromText(File.ReadAllText(s))); } });
    return;
}

// In-process by default: on a busy 2-core machine building the generated project can exceed BenchmarkDotNet's timeout.
// Pass --outOfProcess to get the usual separate benchmark process.
var switcherArgs = args.Contains("--outOfProcess") ? args.Where(a => a != "--outOfProcess").ToArray() : [.. args, "--inProcess"];
BenchmarkSwitcher.FromAssembly(typeof(PlanParseBenchmarks).Assembly).Run(switcherArgs);
