namespace ParPlan.Cli;

/// <summary>Dispatches the command-line verbs of the <c>parplan</c> contract. Exit codes: 0 ok, 2 bad input, 1 internal.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Internal = 1;
    public const int BadInput = 2;

    private static readonly Dictionary<string, Func<string[], Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["users"] = Features.Auth.UsersCli.RunAsync,
        ["backup"] = Features.Operations.BackupCommands.BackupAsync,
        ["restore"] = Features.Operations.BackupCommands.RestoreAsync,
        ["dossiers"] = Features.Dossiers.DossierCli.DossiersAsync,
        ["indicators"] = Features.Indicators.IndicatorCli.RunAsync,
        ["demo"] = Features.Demo.DemoCli.RunAsync,
        ["plan"] = PlanParseCommand.RunAsync,
        ["bench"] = BenchAsync,
    };

    /// <summary>Hidden benchmark verbs: <c>bench workspace</c> (dashboard and my tasks under load),
    /// <c>bench dossiers</c> (import and computation of a province-year of dossiers in one process), and <c>bench store</c> /
    /// <c>bench board</c> for <c>scripts/bench-dossiers.sh</c>.</summary>
    private static Task<int> BenchAsync(string[] args) => args.Length > 0 ? args[0] switch
    {
        "dossiers" => Features.Dossiers.DossierBench.RunAsync(args),
        "store" => Features.Dossiers.DossierBenchStore.StoreAsync(args[1..]),
        "board" => Features.Dossiers.DossierBenchStore.BoardAsync(args[1..]),
        _ => Features.Bench.BenchCommand.RunAsync(args),
    } : Features.Bench.BenchCommand.RunAsync(args);

    public static bool IsCommand(string[] args) => args.Length > 0 && (Verbs.ContainsKey(args[0]) || args[0] is "help" or "--help" or "-h");

    public static async Task<int> RunAsync(string[] args)
    {
        if (!Verbs.TryGetValue(args[0], out var run))
        {
            await Console.Out.WriteLineAsync(Usage);
            return Ok;
        }

        try
        {
            return await run(args[1..]);
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"Lỗi nội bộ: {ex.Message}");
            return Internal;
        }
    }

    public const string Usage = """
        parplan — quản lý kế hoạch cải cách hành chính

          parplan serve [--demo] [--urls URL] [--data DIR]
          parplan plan parse FILE [--year YYYY] --json
          parplan dossiers import FILE [--source NAME] [--data DIR]
          parplan indicators compute [--data DIR]
          parplan backup FILE [--data DIR]
          parplan backup verify FILE
          parplan restore FILE [--data DIR] [--database TÊN_CSDL_MỚI]
          parplan demo dossiers --count N --year YYYY --out FILE [--seed S]
          parplan users add-admin USER [--data DIR]
        """;
}
