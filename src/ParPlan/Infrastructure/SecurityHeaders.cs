using System.Security.Cryptography;

namespace ParPlan.Infrastructure;

/// <summary>The browser protections on every answer (pages, <c>/api</c>, static files, error pages): a Content Security
/// Policy that runs only ParPlan's own scripts, no framing, no MIME sniffing, and a referrer that never leaves the path.
/// The one inline script, Blazor's import map, is allowed by a nonce made for each request.</summary>
public static class SecurityHeaders
{
    private const string NonceKey = "parplan.csp-nonce";

    /// <summary>The nonce of this request's Content Security Policy, for the <c>nonce</c> attribute of an inline script.</summary>
    public static string? Nonce(HttpContext? context) => context?.Items[NonceKey] as string;

    /// <summary>The policy. Styles allow inline: MudBlazor writes its theme in a <c>&lt;style&gt;</c> element and sizes
    /// components with <c>style</c> attributes. Scripts do not. <c>data:</c> images are MudBlazor's inline icons.</summary>
    public static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>First in the pipeline; the headers are written when the answer starts, so the exception handler (which
    /// clears headers) and re-executed error pages keep them.</summary>
    public static WebApplication UseParPlanSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy(nonce);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (!app.Environment.IsDevelopment())
        {
            // Only on HTTPS answers, and never for localhost (the defaults of UseHsts).
            app.UseHsts();
        }

        return app;
    }
}
