namespace ParPlan.Core.Documents;

/// <summary>One line of running text (a paragraph line, or a line of a text extraction).</summary>
public sealed record SourceLine(string Text, int Page = 0) : SourceBlock(Page);
