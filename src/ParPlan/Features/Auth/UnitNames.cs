namespace ParPlan.Features.Auth;

/// <summary>The display name of the user's unit for the page header.</summary>
public sealed class UnitNames
{
    public Task<string?> NameAsync(Guid unitId, CancellationToken ct = default) => Task.FromResult<string?>(null);
}
