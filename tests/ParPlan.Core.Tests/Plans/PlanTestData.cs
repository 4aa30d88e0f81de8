using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans;

/// <summary>Loads seeds and gold fixtures from the shared folder.</summary>
public static class PlanTestData
{
    public static PlanDocument Gold(string seed) => PlanJson.Deserialize(File.ReadAllText(Path.Combine(RepoPaths.Gold, seed + ".json")))!;

    public static string SeedText(string seed) => File.ReadAllText(Path.Combine(RepoPaths.Seeds, seed + ".txt"));
}
