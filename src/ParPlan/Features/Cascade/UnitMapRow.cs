namespace ParPlan.Features.Cascade;

/// <summary>A unit named in the parent's tasks for a government, and the government's own unit proposed to take its
/// part (remembered, or by kind, or the standing agency).</summary>
public sealed record UnitMapRow(Guid ParentUnitId, string ParentUnitName, Guid ChildUnitId, bool Remembered);
