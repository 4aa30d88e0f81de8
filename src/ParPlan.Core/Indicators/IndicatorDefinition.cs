using ParPlan.Core.Plans;

namespace ParPlan.Core.Indicators;

/// <summary>Rate (percentage of a denominator) or count (no denominator).</summary>
public enum IndicatorKind { Rate, Count }

/// <summary>Where an indicator's values come from.</summary>
public enum IndicatorSource
{
    /// <summary>Computed by <see cref="IndicatorEngine"/> from one-stop dossier records.</summary>
    Dossiers,
    /// <summary>Entered by hand (or fed) per unit and period; ParPlan does not compute it.</summary>
    ManualEntry,
    /// <summary>Computed by ParPlan from its own plan data (issued plans, tasks), outside this engine.</summary>
    PlanData,
}

/// <summary>The Decision 766/QĐ-TTg groups of the real-time one-stop index (100 points).</summary>
public enum Decision766Group { Publicity, Progress, Digitisation, OnlineServices, Satisfaction }

/// <summary>
/// A keyword rule of the matcher: all <see cref="AllOf"/> phrases (accent-free, lower-case) must occur in the
/// target's wording; the rule then adds <see cref="Weight"/> to the indicator's score.
/// </summary>
public sealed record KeywordRule(int Weight, params string[] AllOf);

/// <summary>One indicator of the catalogue, keyed by concept (not by plan).</summary>
public sealed record IndicatorDefinition
{
    public required string Code { get; init; }
    /// <summary>Vietnamese name.</summary>
    public required string Name { get; init; }
    /// <summary>"%" for rates, or the counted noun ("hồ sơ", "biên chế", "VND").</summary>
    public required string Unit { get; init; }
    public required IndicatorKind Kind { get; init; }
    public required IndicatorSource Source { get; init; }
    public required AreaCode Area { get; init; }
    /// <summary>What is counted on top (Vietnamese).</summary>
    public required string Numerator { get; init; }
    /// <summary>What is counted below, for rates (Vietnamese).</summary>
    public string? Denominator { get; init; }
    /// <summary>Levels the indicator applies to; empty = every level.</summary>
    public IReadOnlyList<GovernmentLevel> Levels { get; init; } = [];
    /// <summary>The 766 group a dossier indicator feeds, if any.</summary>
    public Decision766Group? Group766 { get; init; }
    /// <summary>Rules of <see cref="IndicatorMatcher"/>.</summary>
    public IReadOnlyList<KeywordRule> Keywords { get; init; } = [];

    public bool IsManual => Source != IndicatorSource.Dossiers;

    public bool AppliesTo(GovernmentLevel level) => Levels.Count == 0 || Levels.Contains(level);
}

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

    /// <summary>The five codes the dossiers-csv contract requires.</summary>
    public static readonly IReadOnlyList<string> Contract = [OnTimeRate, OnlineRate, OnlinePaymentRate, DigitisedRate, LateWithoutApology];
}
