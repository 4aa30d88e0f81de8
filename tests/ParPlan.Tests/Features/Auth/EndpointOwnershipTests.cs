using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Auth;

/// <summary>Driven by the app's own endpoint list, like <see cref="EndpointAuthorizationTests"/>: every route that names
/// an object (<see cref="OwnedByAttribute"/>) is called, with every method, with an object of one government made by that
/// government's officer, as the standing officer of another: a commune's officer for the province's objects, and for a
/// neighbouring commune's. Anything but 404 fails (existence is not revealed), except a 403 that a random id gets too (the
/// role may not use the route at all).</summary>
public sealed partial class EndpointOwnershipTests
{
    private const string Stranger = "thuongtruc.xa.b";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Theory]
    [InlineData("province")]
    [InlineData("neighbouring commune")]
    public async Task Every_route_that_names_a_governments_object_answers_404_to_an_officer_of_another_government(string owner)
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var s = await RunPlanScenario.CreateAsync(app);
        await app.AddUserAsync(Stranger, Roles.StandingOfficer, s.CommuneB);
        await app.AddUserAsync("thuongtruc.xa.a", Roles.StandingOfficer, s.CommuneA);
        var objects = owner == "province"
            ? await OwnedObjects.InAsync(s, s.Province, RunPlanScenario.Standing)
            : await OwnedObjects.InAsync(s, s.CommuneA, "thuongtruc.xa.a");
        using var stranger = await app.LoginAsync(Stranger);
        var token = TokenPattern().Match(await stranger.GetStringAsync("/chi-so/nhap")).Groups[1].Value;
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<OwnedByAttribute>() is not null).ToList();
        Assert.NotEmpty(endpoints);

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var owned = endpoint.Metadata.GetMetadata<OwnedByAttribute>()!;
            if (!objects.TryGetValue(owned.Kind, out var obj))
            {
                failures.Add($"{endpoint.RoutePattern.RawText}: no fixture makes a '{owned.Kind}' in another government (add one to OwnedObjects).");
                continue;
            }

            var page = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            var methods = page ? ["GET"] : endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var values = new Dictionary<string, string>(obj.RouteValues, StringComparer.OrdinalIgnoreCase);
            foreach (var method in methods)
            {
                var status = await SendAsync(stranger, endpoint, method, Path(endpoint.RoutePattern, p => values.GetValueOrDefault(p)), obj, token);
                if (status == HttpStatusCode.NotFound)
                {
                    continue;
                }

                var random = await SendAsync(stranger, endpoint, method, Path(endpoint.RoutePattern, _ => null), obj, token);
                if (status != HttpStatusCode.Forbidden || random != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{method} {endpoint.RoutePattern.RawText} ({owned.Kind} of the {owner}, as a commune's officer): {(int)status} {status}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, RouteEndpoint endpoint, string method, string path, OwnedObject obj, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path + (obj.Query.Length > 0 ? "?" + obj.Query : ""));
        if (method != "GET")
        {
            var json = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("application/json") == true;
            request.Content = !path.StartsWith("/api/", StringComparison.Ordinal)
                ? new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)])
                : json ? new StringContent(obj.Body, System.Text.Encoding.UTF8, "application/json")
                : new MultipartFormDataContent { { new StringContent("Tiêu đề"), "title" }, { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "file", "a.pdf" } };
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The route with each parameter filled from <paramref name="value"/>, or a random value of its type.</summary>
    private static string Path(RoutePattern pattern, Func<string, string?> value) =>
        "/" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(value(parameter.Name) ?? RandomValue(parameter)),
            _ => "",
        }))));

    private static string RandomValue(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Select(p => p.Content).FirstOrDefault() switch
        {
            "long" or "int" => Random.Shared.Next(1_000_000, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "guid" => Guid.NewGuid().ToString(),
            _ => "khong-co-" + Guid.NewGuid().ToString("N")[..8],
        };
}
