namespace ParPlan.Core.Indicators;

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
