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
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks();

        var app = builder.Build();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
