using ParPlan.Components;
using ParPlan.Features.Auth;
using ParPlan.Features.Cascade;
using ParPlan.Features.Dashboard;
using ParPlan.Features.Dossiers;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Indicators;
using ParPlan.Features.Inspections;
using ParPlan.Features.Organisation;
using ParPlan.Features.ParIndex;
using ParPlan.Features.Plans;
using ParPlan.Features.Records;
using ParPlan.Features.Reports;
using ParPlan.Features.Search;
using ParPlan.Features.Surveys;
using ParPlan.Features.Tasks;
using ParPlan.Infrastructure;

namespace ParPlan.Hosting;

/// <summary>Builds and runs the web application from the feature modules.</summary>
public static class WebHost
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Error);

    /// <summary>Runs until stopped; a configuration mistake prints one clear message to <paramref name="error"/> and returns 2.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        WebApplication app;
        try
        {
            app = Build(args);
            await app.StartAsync();
        }
        catch (Exception ex) when (ex is not HostAbortedException)
        {
            // One clear message, no stack trace (the test host's HostAbortedException must pass through).
            return StartupChecks.Report(ex, error);
        }

        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = CreateBuilder(args);
        var app = builder.Build();
        app.UseParPlanHosting();
        app.UseParPlanAuth();
        app.MapParPlanHosting();
        app.MapAuth();
        app.MapOrganisation();
        app.MapDossiers();
        app.MapIndicators();
        app.MapPlans();
        app.MapTasks();
        app.MapFollowUp();
        app.MapDashboard();
        app.MapSearch();
        app.MapReports();
        app.MapParIndex();
        app.MapCascade();
        app.MapInspections();
        app.MapRecords();
        app.MapSurveys();
        app.MapParPlanComponents();
        return app;
    }

    /// <summary>The configured services without the HTTP pipeline.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var normalized = CommandLineArgs.Normalize(args);
        // The caller's working directory is where relative --data and FILE paths point; the app's own files
        // (appsettings.json, static web assets manifest) sit beside the binary. A test host passes --contentRoot.
        var explicitRoot = normalized.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase));
        var builder = WebApplication.CreateBuilder(explicitRoot
            ? new WebApplicationOptions { Args = normalized }
            : new WebApplicationOptions { Args = normalized, ContentRootPath = AppContext.BaseDirectory });
        builder.AddParPlanHosting();
        builder.Services.AddParPlanServices(builder.Configuration);
        builder.Services.AddParPlanComponents();
        return builder;
    }
}
