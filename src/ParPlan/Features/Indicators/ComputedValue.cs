namespace ParPlan.Features.Indicators;

/// <summary>One value of a year as the computation stores it (<see cref="StoredIndicatorValue"/> without the year).</summary>
internal readonly record struct ComputedValue(string Code, string Unit, string Period, string Field, long Num, long? Den, decimal? Value);
