namespace ParPlan.Core.Tests;

/// <summary>Finds the repository root and the shared folder (seeds, gold fixtures, contracts) beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared { get; } = Environment.GetEnvironmentVariable("PARPLAN_SHARED") is { Length: > 0 } s
        ? Path.GetFullPath(s)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Gold => Path.Combine(Shared, "fixtures", "gold");

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
