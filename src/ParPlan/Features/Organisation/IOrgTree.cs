namespace ParPlan.Features.Organisation;

/// <summary>Reads the effective-dated unit tree. Authorization and roll-ups use it; the organisation feature implements it.</summary>
public interface IOrgTree
{
    /// <summary>True when <paramref name="unitId"/> is <paramref name="ancestorId"/> or lies below it on <paramref name="asOf"/>.</summary>
    Task<bool> IsWithinAsync(Guid unitId, Guid ancestorId, DateOnly asOf, CancellationToken ct = default);

    /// <summary>The unit and every unit below it on <paramref name="asOf"/>.</summary>
    Task<IReadOnlyList<Guid>> SubtreeAsync(Guid rootId, DateOnly asOf, CancellationToken ct = default);

    /// <summary>The government (UBND tỉnh / huyện / xã) a unit belongs to on <paramref name="asOf"/>; the unit itself when it is one.</summary>
    Task<Guid?> GovernmentOfAsync(Guid unitId, DateOnly asOf, CancellationToken ct = default);
}
