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

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly IDataProtector protector = protection.CreateProtector("ParPlan.Flash.v1");

    /// <summary>Stores <paramref name="message"/> for the next page and redirects there.</summary>
    public void Redirect(HttpContext context, NavigationManager navigation, string url, string message)
    {
        Set(context, message);
        navigation.NavigateTo(url);
    }

    public void Set(HttpContext context, string message) =>
        context.Response.Cookies.Append(CookieName, protector.Protect(message), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/",
            MaxAge = Lifetime,
        });

    /// <summary>The waiting message, if any, removed so it shows once. A tampered cookie shows nothing.</summary>
    public string? Take(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!context.Response.HasStarted)
        {
            context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
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
