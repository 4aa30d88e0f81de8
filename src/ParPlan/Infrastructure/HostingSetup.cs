using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ParPlan.Infrastructure;

/// <summary>Cross-cutting web plumbing: configuration checks, logs, errors, culture, OpenAPI, health, static assets.</summary>
public static class HostingSetup
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static WebApplicationBuilder AddParPlanHosting(this WebApplicationBuilder builder)
    {
        StartupChecks.ThrowIfInvalid(builder.Configuration);

        builder.Logging.ClearProviders();
        if (builder.Environment.IsProduction())
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                o.IncludeScopes = false;
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        // Outside Development, `dotnet run` would not serve the framework's and MudBlazor's static web assets
        // (blazor.web.js answers 500). The manifest exists only in build output, so this is a no-op when published.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.TryAddSingleton(TimeProvider.System);
        // Cookie and anti-forgery keys live with the data, so logins survive a restart and a backup carries them.
        builder.Services.AddDataProtection()
            .SetApplicationName("ParPlan")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(StartupChecks.DataDirectory(builder.Configuration), "keys")));
        builder.Services.AddParPlanProblems();
        // Vietnamese letters as UTF-8 in the HTML, not as numeric character references.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = [Vietnamese];
            o.SupportedUICultures = [Vietnamese];
        });
        CultureInfo.DefaultThreadCurrentCulture = Vietnamese;
        CultureInfo.DefaultThreadCurrentUICulture = Vietnamese;
        return builder;
    }

    /// <summary>Middleware that must run before authentication: security headers, errors and culture.</summary>
    public static WebApplication UseParPlanHosting(this WebApplication app)
    {
        app.UseParPlanSecurityHeaders();
        app.UseParPlanErrors();
        app.UseRequestLocalization();
        // Routing after the status-code pages, so a re-executed request (/loi/404) is routed again.
        app.UseRouting();
        return app;
    }

    public static WebApplication MapParPlanHosting(this WebApplication app)
    {
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapStaticAssets().AllowAnonymous();
        return app;
    }
}
