using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPlan.Components.Layout;
using ParPlan.Data;

namespace ParPlan.Tests.Architecture;

/// <summary>The rules the architecture tests keep, as functions over types or registrations, so each test can show its
/// rule failing on a deliberately broken fixture as well as passing on the app.</summary>
internal static class ArchitectureRules
{
    public static IReadOnlyList<Type> AppTypes { get; } = typeof(Program).Assembly.GetTypes();

    /// <summary>Routable components (a page has <c>@page</c>, compiled to <see cref="RouteAttribute"/>).</summary>
    public static bool IsPage(Type type) =>
        typeof(IComponent).IsAssignableFrom(type) && type.GetCustomAttributes<RouteAttribute>().Any();

    /// <summary>Pages that inject the DbContext (<c>@inject AppDbContext</c> or an <c>[Inject]</c> property) instead of
    /// their feature's queries and commands.</summary>
    public static IEnumerable<Type> PagesInjectingTheDbContext(IEnumerable<Type> types) =>
        types.Where(IsPage).Where(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Any(p => p.GetCustomAttribute<InjectAttribute>() is not null && typeof(AppDbContext).IsAssignableFrom(p.PropertyType)));

    /// <summary>Top-level pages (signed-in, no route parameter) whose route has no line in <see cref="AppPages"/>.
    /// Exempt by rule: pages whose route has a parameter (details reached from a list: <c>/ke-hoach/{Id:guid}</c>) and
    /// anonymous pages (login, error pages).</summary>
    public static IEnumerable<string> PagesMissingFromTheRegistry(IEnumerable<Type> types) =>
        types.Where(t => IsPage(t) && t.GetCustomAttribute<AllowAnonymousAttribute>() is null)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Route: r.Template, Page: t)))
            .Where(p => !p.Route.Contains('{', StringComparison.Ordinal) && AppPages.All.All(e => e.Path != p.Route))
            .Select(p => $"{p.Route} ({p.Page.Name})");

    /// <summary>The feature a type belongs to: the namespace segment after <c>ParPlan.Features.</c>; null outside features.</summary>
    public static string? FeatureOf(Type type)
    {
        var ns = type.Namespace ?? "";
        const string prefix = "ParPlan.Features.";
        return ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..].Split('.')[0] : null;
    }

    /// <summary>A feature Setup's <c>AddX(IServiceCollection[, IConfiguration])</c> methods run on an empty collection:
    /// every registered service, implementation and generic argument from another feature's namespace.</summary>
    public static IEnumerable<string> ForeignRegistrations(Type setup) => Scan(setup).Distinct();

    private static IEnumerable<string> Scan(Type setup)
    {
        var feature = FeatureOf(setup);
        foreach (var method in setup.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                     .Where(m => m.Name.StartsWith("Add", StringComparison.Ordinal) && m.GetParameters().FirstOrDefault()?.ParameterType == typeof(IServiceCollection)))
        {
            var services = new ServiceCollection();
            var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(IServiceCollection) ? services
                : p.ParameterType == typeof(IConfiguration) ? new ConfigurationBuilder().Build() : (object?)null).ToArray();
            if (arguments.Length != method.GetParameters().Length || arguments.Skip(1).Any(a => a is null))
            {
                continue;
            }

            method.Invoke(null, arguments);
            foreach (var descriptor in services)
            {
                foreach (var type in new[] { descriptor.ServiceType, ImplementationOf(descriptor) }.OfType<Type>().SelectMany(Flatten))
                {
                    if (FeatureOf(type) is { } other && other != feature)
                    {
                        yield return $"{setup.Name}.{method.Name} registers {type.Name} of the {other} feature";
                    }
                }
            }
        }
    }

    /// <summary>The options types of ParPlan bound or configured in <paramref name="services"/> that are not both
    /// validated (an <see cref="IValidateOptions{TOptions}"/>) and checked at start (<c>ValidateOnStart</c>).</summary>
    public static IEnumerable<string> OptionsNotValidatedAtStart(IServiceCollection services)
    {
        var configured = services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Namespace?.StartsWith("ParPlan", StringComparison.Ordinal) == true)
            .ToHashSet();
        var validated = services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0]).ToHashSet();
        // ValidateOnStart configures the framework's (internal) StartupValidatorOptions from IOptionsMonitor<TOptions>.
        var atStart = services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IConfigureOptions<>)
                && d.ServiceType.GetGenericArguments()[0].Name == "StartupValidatorOptions")
            .SelectMany(d => new[] { ImplementationOf(d), d.IsKeyedService ? null : d.ImplementationFactory?.Target?.GetType() }.OfType<Type>().SelectMany(Flatten))
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IOptionsMonitor<>))
            .Select(t => t.GetGenericArguments()[0]).ToHashSet();
        return configured.Where(t => !validated.Contains(t) || !atStart.Contains(t))
            .Select(t => $"{t.FullName}: {(validated.Contains(t) ? "" : "no validation; ")}{(atStart.Contains(t) ? "" : "not checked at start (ValidateOnStart)")}");
    }

    private static Type? ImplementationOf(ServiceDescriptor d) => d.IsKeyedService
        ? d.KeyedImplementationType ?? d.KeyedImplementationInstance?.GetType()
        : d.ImplementationType ?? d.ImplementationInstance?.GetType();

    private static IEnumerable<Type> Flatten(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Flatten).Prepend(type) : [type];

    /// <summary>The public top-level types a C# source declares (one file, one public type: the file a newcomer opens is
    /// named after what it holds).</summary>
    public static IReadOnlyList<string> PublicTypesIn(string source) =>
        System.Text.RegularExpressions.Regex.Matches(source,
                @"^public\s+(?:(?:sealed|static|abstract|readonly|partial|record|ref)\s+)*(?:class|record|struct|interface|enum)\s+(\w+)",
                System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();

    /// <summary>Source files of the app and the core (generated migrations aside) that declare more than one public type.</summary>
    public static IEnumerable<string> FilesWithSeveralPublicTypes(string root) =>
        new[] { "src/ParPlan", "src/ParPlan.Core" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => PublicTypesIn(File.ReadAllText(f)).Count > 1)
            .Select(f => Path.GetRelativePath(root, f));
}
