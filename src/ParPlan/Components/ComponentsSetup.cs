using MudBlazor.Services;
using ParPlan.Components.Flash;
using ParPlan.Features.Auth;

namespace ParPlan.Components;

/// <summary>The Blazor pages: static server rendering by default, interactive server components where a page opts in.</summary>
public static class ComponentsSetup
{
    public static IServiceCollection AddParPlanComponents(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddSingleton<FlashMessages>();
        return services;
    }

    public static WebApplication MapParPlanComponents(this WebApplication app)
    {
        // Every page needs a login unless it says [AllowAnonymous] (login, error pages).
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireAuthorization(Policies.SignedIn);
        return app;
    }
}
