namespace ParPlan.Features.Organisation;

/// <summary>What the organisation pages let the signed-in user do: an administrator sees everything and edits
/// (<see cref="RootId"/> null); anyone else reads the subtree below <see cref="RootId"/> (their government for a
/// standing-agency officer or a leader, their own unit for a unit officer). Built by
/// <see cref="OrgPageQueries.AccessAsync"/> from the user's scope.</summary>
public sealed record OrgPageAccess(bool CanEdit, Guid? RootId);
