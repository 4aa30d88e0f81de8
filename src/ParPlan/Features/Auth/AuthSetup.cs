using Microsoft.AspNetCore.Identity;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Auth;

/// <summary>Identity with cookie login, the password and lockout policy, and the authorization policies.</summary>
public static class AuthSetup
{
    public const string LoginPath = "/dang-nhap";
    public const string LogoutPath = "/dang-xuat";
    public const string CookieName = "parplan.auth";

    public static IdentityBuilder AddParPlanAuth(this IServiceCollection services)
    {
        var identity = services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddUserManager<TimeAwareUserManager>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = LoginPath;
            o.LogoutPath = LogoutPath;
            o.AccessDeniedPath = Problems.ErrorPagePath + "/403";
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API answers 401/403 (turned into problem+json); only pages are redirected to the login form.
            o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
            // No access answers 403 in place, for pages too: the status code pages show the Vietnamese /loi/403 page.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // The login form redirects itself, through Login.SafeReturnUrl: the handler's own redirect would send the raw
            // returnUrl, which Kestrel refuses in a Location header when it holds letters outside ASCII ("Quảng Trị").
            o.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
            // Every request: the cookie's security stamp must still be the user's (logout, password change, lock).
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
        });
        // The anti-forgery cookie is Secure over HTTPS like the auth cookie (its default would send it over plain HTTP too).
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddOptions<LoginLimitOptions>().BindConfiguration(LoginLimitOptions.Section)
            .Validate(o => LoginLimitOptions.InRange(o.FailuresPerClientPerMinute), LoginLimitOptions.OutOfRange(nameof(LoginLimitOptions.FailuresPerClientPerMinute)))
            .Validate(o => LoginLimitOptions.InRange(o.FailuresPerUserNamePerMinute), LoginLimitOptions.OutOfRange(nameof(LoginLimitOptions.FailuresPerUserNamePerMinute)))
            .ValidateOnStart();
        services.AddSingleton<LoginThrottle>();

        services.AddAuthorization(Policies.Configure);
        services.AddCascadingAuthenticationState();
        services.AddScoped<LoginService>();
        services.AddScoped<IUnitScope, UnitScope>();
        services.AddScoped<GovernmentOwnership>();
        services.AddScoped<UnitNames>();
        return identity;
    }

    public static WebApplication UseParPlanAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    private static Task RedirectOrStatus(HttpContext context, string redirectUri, int status)
    {
        if (Problems.IsApi(context))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
