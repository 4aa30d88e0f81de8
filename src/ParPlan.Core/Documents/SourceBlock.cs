namespace ParPlan.Core.Documents;

/// <summary>A block of a <see cref="SourceDocument"/>.</summary>
public abstract record SourceBlock(int Page);
