namespace ParPlan.Core.Calendar;

/// <summary>A day off with its Vietnamese name; <see cref="Compensatory"/> marks a nghỉ bù for a holiday on a weekend.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name, bool Compensatory = false);
