using ParPlan.Data;
using ParPlan.Features.Demo;
using ParPlan.Features.Organisation;

namespace ParPlan.Hosting;

/// <summary>Builds and runs the web application from the feature modules.</summary>
public static class WebHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(CommandLineArgs.Normalize(args));
        builder.Services.AddHealthChecks();
        builder.AddData();
        builder.AddOrganisation();
        builder.AddDemo();

        var app = builder.Build();
        app.MapHealthChecks("/healthz");
        app.MapOrganisation();
        return app;
    }
}
