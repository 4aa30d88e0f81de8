namespace ParPlan.Components.Layout;

/// <summary>One top-level page of ParPlan: where it lives, how the menu and the breadcrumb name it, and who sees it.
/// <paramref name="Policy"/> is the same named policy as the page's <c>[Authorize(Policy = …)]</c>; the menu shows the
/// link to exactly the users that policy lets in. <paramref name="InMenu"/> is false for pages reached from another
/// page (they still name themselves in the breadcrumb).</summary>
public sealed record AppPage(string Path, string Label, string Icon, string Policy, string Group, bool InMenu = true)
{
    /// <summary>True when <paramref name="path"/> (no query) is this page or lies below it.</summary>
    public bool Contains(string path) =>
        Path == "/" || path == Path || path.StartsWith(Path + "/", StringComparison.Ordinal);
}
