namespace ParPlan.Data;

/// <summary>
/// Marks a stored string that deliberately has no length limit: a JSON snapshot, an audit before/after, a note body.
/// Every other string property of an entity has a <c>HasMaxLength</c>; <c>StoredTextLimitTests</c> fails on one without
/// either. Whatever writes a long text still bounds it another way (the request size, the parser's output).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LongTextAttribute : Attribute;
