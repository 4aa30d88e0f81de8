using ParPlan.Features.Demo;

namespace ParPlan.Features.Dossiers;

/// <summary>The demo province's receiving units, from the Demo feature's seed definitions (no database): before
/// 1/7/2025 the old communes and the district's one-stop desk; from then the new communes; always the province centre.</summary>
public static class DemoDossierUnits
{
    public static IReadOnlyList<string> Codes(int year)
    {
        var codes = new List<string> { "QT.TTPVHCC", "QT.STP" };
        if (year <= DemoOrganisation.Reform.Year)
        {
            codes.Add("QT.H.VINHLINH.MOTCUA");
            codes.AddRange(DemoOrganisation.NewCommunes.SelectMany(c => c.Predecessors).Select(DemoOrganisation.OldCommuneCode));
        }

        if (year >= DemoOrganisation.Reform.Year)
        {
            codes.AddRange(DemoOrganisation.NewCommunes.Select(c => c.Code));
        }

        return codes;
    }
}
