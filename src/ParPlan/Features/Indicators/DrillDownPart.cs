namespace ParPlan.Features.Indicators;

/// <summary>Which dossiers of a number the drill-down lists: the whole denominator (for a count, the count), the
/// numerator, or the rest of the denominator (e.g. the late ones, the ones not received online).</summary>
public enum DrillDownPart { All, Numerator, Rest }
