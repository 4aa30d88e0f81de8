using BenchmarkDotNet.Running;
using ParPlan.Benchmarks;

// `--dossiers [count]`: a one-shot timing of the dossier pipeline with peak memory (no BenchmarkDotNet).
if (args.Length > 0 && args[0] == "--dossiers")
{
    DossierPipeline.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
