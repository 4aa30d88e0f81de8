using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Auth;

namespace ParPlan.Tests.Features.Auth;

/// <summary>Driven by the app's own endpoint list: every endpoint needs an authorization rule, or is anonymous on
/// purpose and listed below. A new endpoint without a rule fails here, and so does a signed-in route with a parameter that
/// does not declare the owner of the object it names (<see cref="OwnedByAttribute"/>; <see cref="EndpointOwnershipTests"/>
/// then calls it across governments).</summary>
public sealed class EndpointAuthorizationTests
{
    /// <summary>The reviewed anonymous endpoints (route patterns). Add to this list only after a security review.</summary>
    private static readonly HashSet<string> AnonymousAllowList =
    [
        "/api/auth/login",
        "/api/auth/logout",
        "/dang-nhap",
        "/dang-xuat",
        "/healthz",
        "/openapi/{documentName}.json",
        "/loi/{Code:int}",
        "/khong-tim-thay",
        "/lich/{token}.ics",
    ];

    /// <summary>Development-only file fallback of MapStaticAssets (serves wwwroot files, nothing else).</summary>
    private const string StaticFileFallback = "{**path:file}";

    [Fact]
    public async Task Every_endpoint_has_an_authorization_rule_or_is_a_reviewed_anonymous_one()
    {
        await using var app = new ParPlanFactory();
        using var client = app.CreateClient();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var hasRule = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0
                || endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Count > 0;
            var staticAsset = endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

            if (anonymous && !staticAsset && !AnonymousAllowList.Contains(pattern))
            {
                failures.Add($"{pattern} ({endpoint.DisplayName}) is anonymous but not in the reviewed allow-list.");
            }
            else if (!anonymous && !hasRule && pattern != StaticFileFallback)
            {
                failures.Add($"{pattern} ({endpoint.DisplayName}) has no authorization rule: add RequireAuthorization(Policies...) or [Authorize].");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        var patterns = endpoints.Select(e => e.RoutePattern.RawText).ToHashSet();
        Assert.All(AnonymousAllowList, allowed => Assert.Contains(allowed, patterns));
    }

    [Fact]
    public async Task Every_signed_in_route_with_a_parameter_declares_the_owner_kind_of_the_object_it_names()
    {
        await using var app = new ParPlanFactory();
        using var client = app.CreateClient();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0 && e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.RoutePattern.RawText != StaticFileFallback)
            .ToList();
        Assert.NotEmpty(endpoints);

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            var parameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (endpoint.Metadata.GetMetadata<OwnedByAttribute>() is not { } owned)
            {
                failures.Add($"{pattern} ({endpoint.DisplayName}) names something by {string.Join(", ", parameters)} but declares no owner: "
                    + "add .OwnedBy(OwnerKinds..., \"id\") or [OwnedBy(...)] and a fixture in OwnedObjects.");
            }
            else if (!parameters.SetEquals(owned.RouteParameters))
            {
                failures.Add($"{pattern}: declares {string.Join(", ", owned.RouteParameters)} but has the parameters {string.Join(", ", parameters)}.");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_protected_api_endpoint_answers_401_without_a_cookie()
    {
        await using var app = new ParPlanFactory();
        using var client = app.CreateBrowserlessClient();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();
        Assert.NotEmpty(endpoints);

        foreach (var endpoint in endpoints)
        {
            var path = string.Join("/", endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => Guid.NewGuid().ToString(),
                _ => "",
            }))));
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), "/" + path);
                if (method != "GET")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} /{path}: {response.StatusCode}");
            }
        }
    }
}
