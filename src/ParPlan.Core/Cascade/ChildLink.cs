namespace ParPlan.Core.Cascade;

/// <summary>A task of a lower government's child plan that carries out <see cref="ParentTaskId"/>.</summary>
public sealed record ChildLink(Guid GovernmentId, Guid ParentTaskId, bool Done);
