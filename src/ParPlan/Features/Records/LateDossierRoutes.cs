namespace ParPlan.Features.Records;

/// <summary>The late-dossier pages' addresses.</summary>
public static class LateDossierRoutes
{
    public const string List = "/ho-so-tre-han";
    public const string Export = List + "/xuat";

    public static string Dossier(long id) => $"{List}/{id}";
}
