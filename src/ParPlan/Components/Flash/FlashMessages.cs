using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;

namespace ParPlan.Components.Flash;

/// <summary>
/// One-shot success messages for post/redirect/get: the page that saved sets the message in a short-lived,
/// encrypted cookie and redirects; the next page shows it once (<see cref="FlashBanner"/>) and clears it.
/// Nothing travels in the URL, so a crafted link cannot show text as a green banner, and a reload does not repeat it.
/// </summary>
public sealed class FlashMessages(IDataProtectionProvider protection)
{
    public const string CookieName = "pp-thong-bao";

    /// <summary>The cookie of a form's refusal, shown once by the page the form belongs to (<see cref="TakeError"/>).</summary>
    public const string ErrorCookieName = "pp-loi";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly IDataProtector protector = protection.CreateProtector("ParPlan.Flash.v1");

    /// <summary>Stores <paramref name="message"/> for the next page and redirects there.</summary>
    public void Redirect(HttpContext context, NavigationManager navigation, string url, string message)
    {
        Set(context, message);
        navigation.NavigateTo(url);
    }

    /// <summary>For form endpoints: keeps why the form was refused for its page, and redirects there. The page shows it
    /// once (<see cref="TakeError"/>); a crafted address cannot put text on the page.</summary>
    public IResult RedirectWithError(HttpContext context, string url, string message)
    {
        Write(context, ErrorCookieName, message);
        return Results.Redirect(url);
    }

    public void Set(HttpContext context, string message) => Write(context, CookieName, message);

    /// <summary>The waiting message, if any, removed so it shows once. A tampered cookie shows nothing.</summary>
    public string? Take(HttpContext context) => Read(context, CookieName);

    /// <summary>The refusal a form endpoint left for this page (<see cref="RedirectWithError"/>), shown once; only on a GET.</summary>
    public string? TakeError(HttpContext context) => HttpMethods.IsGet(context.Request.Method) ? Read(context, ErrorCookieName) : null;

    private void Write(HttpContext context, string name, string message) =>
        context.Response.Cookies.Append(name, protector.Protect(message), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/",
            MaxAge = Lifetime,
        });

    private string? Read(HttpContext context, string name)
    {
        if (!context.Request.Cookies.TryGetValue(name, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!context.Response.HasStarted)
        {
            context.Response.Cookies.Delete(name, new CookieOptions { Path = "/" });
        }

        try
        {
            return protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
