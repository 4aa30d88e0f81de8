using ParPlan.Core.Plans;

namespace ParPlan.Features.Reports.Pages;

/// <summary>The regime-wide fields as the regimes page's form posts them, with the levels it applies to.</summary>
public sealed class RegimeFormModel
{
    public string? Code { get; set; }

    public long Version { get; set; }

    public string? Name { get; set; }

    public string? Basis { get; set; }

    public string? ReceivingBody { get; set; }

    public string? OutlineKey { get; set; }

    public string? AnnexKey { get; set; }

    public string? AgencyAnnexKey { get; set; }

    /// <summary>The regime applies to provinces (its reporting units, one checkbox per level).</summary>
    public bool LevelProvince { get; set; }

    public bool LevelDistrict { get; set; }

    public bool LevelCommune { get; set; }

    /// <summary>The levels ticked, in order.</summary>
    public IReadOnlyList<GovernmentLevel> Levels() =>
        new[] { (LevelProvince, GovernmentLevel.Province), (LevelDistrict, GovernmentLevel.District), (LevelCommune, GovernmentLevel.Commune) }
            .Where(l => l.Item1).Select(l => l.Item2).ToList();

    public void SetLevels(IReadOnlyList<GovernmentLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        LevelProvince = levels.Contains(GovernmentLevel.Province);
        LevelDistrict = levels.Contains(GovernmentLevel.District);
        LevelCommune = levels.Contains(GovernmentLevel.Commune);
    }
}
