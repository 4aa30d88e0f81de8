namespace ParPlan.Core.Tests;

/// <summary>Finds the repository root and the project's own copy of the plan fixtures (seed texts and their
/// hand-checked parse) under <c>tests/fixtures/plans</c>. <see cref="Shared"/> is the upstream folder the copy is
/// kept in step with (<c>../shared</c> or <c>PARPLAN_SHARED</c>); only the sync check reads it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared { get; } = Environment.GetEnvironmentVariable("PARPLAN_SHARED") is { Length: > 0 } s
        ? Path.GetFullPath(s)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures", "plans");

    public static string Seeds => Path.Combine(Fixtures, "seeds");

    public static string Gold => Path.Combine(Fixtures, "gold");

    public static string SharedSeeds => Path.Combine(Shared, "seeds");

    public static string SharedGold => Path.Combine(Shared, "fixtures", "gold");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParPlan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParPlan.slnx not found above the test binaries.");
    }
}
