namespace ParPlan.Core.ParIndex;

/// <summary>The owner areas a criterion may name: the seven plan areas and the PAR INDEX's eighth field, impact.</summary>
public static class ParAreas
{
    public const string Direction = "direction";
    public const string Institutions = "institutions";
    public const string Procedures = "procedures";
    public const string Apparatus = "apparatus";
    public const string CivilService = "civil-service";
    public const string PublicFinance = "public-finance";
    public const string DigitalGovernment = "digital-government";
    public const string Impact = "impact";

    public static readonly IReadOnlyList<string> All = [Direction, Institutions, Procedures, Apparatus, CivilService, PublicFinance, DigitalGovernment, Impact];
}
