namespace ParPlan.Features.Tasks;

/// <summary>The decision of <see cref="TaskCommands.AccessAsync"/>: the unit the user writes for, or why not.</summary>
public sealed record TaskAccess(Guid UnitId, bool IsLead, Error? Failure)
{
    public static TaskAccess Denied(Error failure) => new(Guid.Empty, false, failure);
}
