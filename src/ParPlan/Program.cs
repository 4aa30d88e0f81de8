using ParPlan.Cli;
using ParPlan.Hosting;

namespace ParPlan;

/// <summary>
/// One binary, two faces: <c>parplan serve</c> runs the web app; every other verb runs a job and exits.
/// With no verb (as the test host starts it) the web app runs.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        if (CliApp.IsCommand(args))
        {
            return await CliApp.RunAsync(args);
        }

        var webArgs = args.Length > 0 && args[0] == "serve" ? args[1..] : args;
        return await WebHost.RunAsync(webArgs);
    }
}
