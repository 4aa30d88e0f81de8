using ParPlan.Core.Plans;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Reports.Regimes;

/// <summary>What the regimes page shows for one government: its regimes, its ad hoc reports, whether the user may change
/// them, and the governments the user may switch to, the year whose dates it shows, and the government's level.</summary>
public sealed record RegimesPageView(Guid GovernmentId, string GovernmentName, bool CanEdit, IReadOnlyList<RegimeView> Regimes,
    IReadOnlyList<AdHocView> AdHoc, IReadOnlyList<GovernmentChoice> Governments, int Year,
    GovernmentLevel Level = GovernmentLevel.Unknown);
