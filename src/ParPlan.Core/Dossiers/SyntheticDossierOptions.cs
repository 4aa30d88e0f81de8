namespace ParPlan.Core.Dossiers;

/// <summary>Options of <see cref="SyntheticDossiers"/>.</summary>
public sealed class SyntheticDossierOptions
{
    public int Count { get; init; } = 10_000;
    public int Year { get; init; } = 2025;
    public ulong Seed { get; init; } = 1;

    /// <summary>Codes of the receiving units; each gets a seeded size weight.</summary>
    public IReadOnlyList<string> UnitCodes { get; init; } = DefaultUnitCodes;

    /// <summary>When the export was taken, local time: dossiers received later are left out, those finishing later are still
    /// in process. Default: 31/12 23:59. <see cref="Count"/> is the whole year's, so an earlier export holds fewer.</summary>
    public DateTime? ExportedAtLocal { get; init; }

    public static IReadOnlyList<string> DefaultUnitCodes { get; } =
        ["TTPVHCC", "XA-VINH-LINH", "XA-VINH-CHAP", "XA-VINH-THUY", "XA-CUA-TUNG", "PHUONG-DONG-HA", "PHUONG-NAM-DONG-HA"];
}
