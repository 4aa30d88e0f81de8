using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;
using ParPlan.Core.Indicators;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators.Pages;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Indicators;

/// <summary>Once the web app has started (after <see cref="IHostApplicationLifetime.ApplicationStarted"/>, so neither
/// the start nor <c>/healthz</c> waits for it), runs the board's queries in the background as the first government's
/// standing officer would open it for this year (on the injected <see cref="TimeProvider"/>), and the values of its
/// units as <c>GET /api/indicators</c> reads them, then renders the board page once in the app's layout (<see cref="BoardPage"/>,
/// output discarded), and last makes the app's own first requests over its HTTP address (<see cref="ServedRequestWarmUp"/>:
/// the login form, and the board with a session cookie of no user, which is refused). EF Core compiles each query shape
/// the first time a process runs it (a few hundred milliseconds for the board's), the page's components run their code for
/// the first time, and so does the request pipeline for pages; afterwards the first officer pays only the database's and
/// the page's own time. A
/// store without governments or values is fine (the queries run and find nothing); a failure is logged and the app
/// carries on. Off with <c>Indicators:WarmUp=false</c>.</summary>
public sealed class IndicatorBoardWarmUp(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IOptions<IndicatorOptions> options,
    TimeProvider time, ILogger<IndicatorBoardWarmUp> logger) : BackgroundService
{
    /// <summary>How long the queries took, once they have run; null while they have not (off, not yet, or failed).</summary>
    public TimeSpan? Elapsed { get; private set; }

    /// <summary>The government whose board was run (null on a store without governments).</summary>
    public Guid? Government { get; private set; }

    /// <summary>The status codes of the app's own first requests (login form, then the board without a user); empty when
    /// the server has no plain HTTP address (the in-memory test server, HTTPS only).</summary>
    public IReadOnlyList<HttpStatusCode> Served { get; private set; } = [];

    /// <summary>Why the warm-up failed (it was logged and the app carried on); null otherwise.</summary>
    public Exception? Failure { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUp) return;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        try
        {
            var clock = Stopwatch.StartNew();
            await RunBoardQueriesAsync(stoppingToken);
            await RequestPagesAsync(stoppingToken);
            Elapsed = clock.Elapsed;
            logger.LogInformation("Đã chạy trước các truy vấn của bảng chỉ số: {Ms:0} ms", clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            Failure = ex;
            logger.LogWarning(ex, "Chạy trước các truy vấn của bảng chỉ số thất bại; lần mở bảng đầu tiên sẽ chậm hơn, ứng dụng vẫn chạy bình thường");
        }
    }

    /// <summary>The board page's queries (<see cref="IndicatorBoardQueries.ViewAsync"/>) and the API's
    /// (<see cref="IndicatorQueries.ValuesAsync"/>) for the first government in the list (the province).</summary>
    private async Task RunBoardQueriesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var board = scope.ServiceProvider.GetRequiredService<IndicatorBoardQueries>();
        var today = VietnamTime.Today(time);
        var period = ReportingPeriod.ForYear(today.Year);
        var governments = await board.GovernmentsAsync(Principal(Roles.Admin, null), today, ct);
        if (governments.FirstOrDefault() is not { } first) return;
        var officer = Principal(Roles.StandingOfficer, first.Id);
        var view = await board.ViewAsync(officer, null, period, ct);
        Government = view.Board?.GovernmentId ?? throw new InvalidOperationException(view.Problem);
        await scope.ServiceProvider.GetRequiredService<IndicatorQueries>().ValuesAsync(Government.Value, period, ct);
        await RenderPageAsync(scope.ServiceProvider, officer);
    }

    /// <summary>The login form and the board over the app's own HTTP address (<see cref="ServedRequestWarmUp"/>).</summary>
    private async Task RequestPagesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IServer>() is not { } server) return; // command line
        var cookie = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var stamp = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        Served = await ServedRequestWarmUp.RequestAsync(server, cookie, stamp, IndicatorEndpoints.BoardPath, ct);
    }

    /// <summary>The board page in the app's layout, as the officer would get it, rendered to HTML and thrown away.</summary>
    private static async Task RenderPageAsync(IServiceProvider services, ClaimsPrincipal user)
    {
        if (services.GetService<NavigationManager>() is not IHostEnvironmentNavigationManager navigation) return; // no components (command line)
        navigation.Initialize("http://localhost/", "http://localhost" + IndicatorEndpoints.BoardPath);
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var auth = Task.FromResult(new AuthenticationState(user));
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(CascadingValue<object>.Value)] = auth,
            [nameof(CascadingValue<object>.ChildContent)] = (RenderFragment)(b =>
            {
                b.OpenComponent<LayoutView>(0);
                b.AddComponentParameter(1, nameof(LayoutView.Layout), typeof(Components.Layout.MainLayout));
                b.AddComponentParameter(2, nameof(LayoutView.ChildContent), (RenderFragment)(page =>
                {
                    page.OpenComponent<BoardPage>(0);
                    page.CloseComponent();
                }));
                b.CloseComponent();
            }),
        });
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<CascadingValue<Task<AuthenticationState>>>(parameters);
            await output.QuiescenceTask;
            _ = output.ToHtmlString();
        });
    }

    private static ClaimsPrincipal Principal(string role, Guid? unit) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, "warm-up"), new Claim(ClaimTypes.Name, "warm-up"), new Claim(ClaimTypes.Role, role),
        .. unit is { } u ? [new Claim(ParPlanClaims.UnitId, u.ToString())] : Array.Empty<Claim>(),
    ], "warm-up"));
}
