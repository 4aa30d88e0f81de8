namespace ParPlan.Core.Plans;

public enum AreaCode
{
    Direction,
    Institutions,
    Procedures,
    Apparatus,
    CivilService,
    PublicFinance,
    DigitalGovernment,
    Indices,
}
