namespace ParPlan.Features.Auth;

/// <summary>Declares which object a route's parameters name and so who owns it (see <see cref="OwnerKinds"/>): on a
/// page as an attribute, on an endpoint with <c>.OwnedBy(kind, "id")</c>. Every signed-in route with a route parameter
/// must declare one; <c>EndpointOwnershipTests</c> creates an object of the kind in one government and calls the route as
/// an officer of another, and fails on any answer but 404 (or the same 403 a random id gets: a role gate).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class OwnedByAttribute(string kind, params string[] routeParameters) : Attribute
{
    /// <summary>One of <see cref="OwnerKinds"/>.</summary>
    public string Kind { get; } = kind;

    /// <summary>The route parameters that together name the object (all of the route's parameters).</summary>
    public IReadOnlyList<string> RouteParameters { get; } = routeParameters.Length == 0 ? ["id"] : routeParameters;
}
