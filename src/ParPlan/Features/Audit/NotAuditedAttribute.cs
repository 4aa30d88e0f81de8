namespace ParPlan.Features.Audit;

/// <summary>Leaves an entity type out of the audit log: for high-volume imported rows (e.g. one-stop dossier
/// records) whose import is audited as one event by the feature itself.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotAuditedAttribute : Attribute;
