using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using ParPlan.Features.Auth;

namespace ParPlan.Infrastructure;

/// <summary>The web app's own first requests, made over its own HTTP address once it has started: the first officer's
/// page otherwise pays for what a process does once, on the first request that needs it (the endpoint for pages,
/// rendering a page inside a request, the anti-forgery token, reading a session cookie and the session check's query,
/// about a hundred milliseconds on a busy two-core machine). Two requests, both without a user:
/// <list type="number">
/// <item>the login form (<see cref="AuthSetup.LoginPath"/>): 200;</item>
/// <item>a signed-in page with a session cookie of no user (the cookie handler's own format, so it is read and then
/// refused by <see cref="SessionValidator"/> like any stale cookie): a redirect to the login form.</item>
/// </list>
/// Nobody is signed in and nothing is written. Only a plain HTTP address is used (HTTPS would need the certificate's
/// name); a server without one (e.g. the in-memory test server) gets no requests.</summary>
public static class ServedRequestWarmUp
{
    /// <summary>Makes the two requests and returns their status codes; empty when the server has no plain HTTP address.</summary>
    public static async Task<IReadOnlyList<HttpStatusCode>> RequestAsync(IServer server, CookieAuthenticationOptions cookie, string stampClaimType,
        string signedInPath, CancellationToken ct)
    {
        if (LoopbackAddress(server) is not { } address) return [];
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        using var login = await client.GetAsync(AuthSetup.LoginPath, ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, signedInPath);
        request.Headers.Add("Cookie", $"{cookie.Cookie.Name}={NoUserSession(cookie, stampClaimType)}");
        using var page = await client.SendAsync(request, ct);
        return [login.StatusCode, page.StatusCode];
    }

    /// <summary>The first plain HTTP address the server listens on, with a wildcard host ("0.0.0.0", "[::]", "+", "*")
    /// replaced by the loopback address.</summary>
    public static Uri? LoopbackAddress(IServer server)
    {
        foreach (var text in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            var address = BindingAddress.Parse(text);
            if (!string.Equals(address.Scheme, "http", StringComparison.OrdinalIgnoreCase) || address.IsUnixPipe || address.Port <= 0) continue;
            var host = address.Host is "0.0.0.0" or "+" or "*" or "[::]" or "localhost" ? "127.0.0.1" : address.Host;
            return new Uri($"http://{host}:{address.Port}/");
        }

        return null;
    }

    /// <summary>A session cookie's value for an identity that matches no user (ids are GUIDs; this one is not), so the
    /// session check refuses it.</summary>
    private static string NoUserSession(CookieAuthenticationOptions cookie, string stampClaimType)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "warm-up"), new Claim(ClaimTypes.Name, "warm-up"), new Claim(stampClaimType, "warm-up"),
        ], IdentityConstants.ApplicationScheme);
        return cookie.TicketDataFormat.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), IdentityConstants.ApplicationScheme));
    }
}
