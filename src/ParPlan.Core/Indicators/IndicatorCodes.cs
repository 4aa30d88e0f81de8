namespace ParPlan.Core.Indicators;

/// <summary>Codes of the catalogue. The first five are the contract's.</summary>
public static class IndicatorCodes
{
    public const string OnTimeRate = "dossier.on-time-rate";
    public const string OnlineRate = "dossier.online-rate";
    public const string OnlinePaymentRate = "dossier.online-payment-rate";
    public const string DigitisedRate = "dossier.digitised-rate";
    public const string LateWithoutApology = "dossier.late-without-apology";

    public const string OnlineFullRate = "dossier.online-full-rate";
    public const string OnlinePartialRate = "dossier.online-partial-rate";
    public const string DigitisedResultRate = "dossier.digitised-result-rate";
    public const string ReuseRate = "dossier.reuse-rate";
    public const string SatisfactionRate = "dossier.satisfaction-rate";
    public const string LateApologyRate = "dossier.late-apology-rate";
    public const string Received = "dossier.received";
    public const string OverdueAtEnd = "dossier.overdue-at-end";

    /// <summary>The satisfaction index of the year's SIPAS survey campaign (fed by the survey results, never by dossier ratings).</summary>
    public const string SurveySatisfactionIndex = "survey.sipas-index";

    public const string BoundaryFreeRate = "procedure.boundary-free-rate";
    public const string FullOnlineProvisionRate = "procedure.full-online-provision-rate";
    public const string OnlinePaymentEnabledRate = "procedure.online-payment-enabled-rate";
    public const string ProceduresPublishedOnTime = "procedure.published-on-time-rate";
    public const string ElectronicRoutingRate = "dossier.electronic-routing-rate";

    public const string DocumentsOnlineRate = "document.online-handling-rate";
    public const string UnitDigitalSignatureRate = "document.unit-signature-rate";
    public const string LeaderDigitalSignatureRate = "document.leader-signature-rate";

    public const string StaffReduction = "civil-service.staff-reduction";
    public const string Headcount = "civil-service.headcount";
    public const string ComplaintsHandledRate = "civil-service.complaints-handled-rate";
    public const string CchcBudget = "finance.cchc-budget";
    public const string AutonomousUnits = "finance.autonomous-units";

    public const string InspectionCoverage = "direction.inspection-coverage";
    public const string SubordinatePlansOnTime = "direction.subordinate-plans-on-time-rate";

    /// <summary>Reform initiatives recognised in the period, counted from the initiative registry (docs/records.md).</summary>
    public const string InitiativesRecognised = "direction.initiatives-recognised";

    /// <summary>The five codes the dossiers-csv contract requires.</summary>
    public static readonly IReadOnlyList<string> Contract = [OnTimeRate, OnlineRate, OnlinePaymentRate, DigitisedRate, LateWithoutApology];
}
