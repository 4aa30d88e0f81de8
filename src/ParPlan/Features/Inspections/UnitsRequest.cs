namespace ParPlan.Features.Inspections;

/// <summary><c>PUT /api/inspections/{id}/units</c>: the units selected for inspection and, when
/// <see cref="ChosenDenominator"/> is true, the units that count in the denominator (else the government's units count).</summary>
public sealed record UnitsRequest(IReadOnlyList<Guid>? Selected, bool ChosenDenominator = false, IReadOnlyList<Guid>? Denominator = null, long? Version = null);
