namespace ParPlan.Core.Reports;

/// <summary>A section of a report outline (đề cương): its code ("II.2"), heading, the area whose numbers it quotes (if
/// any) and its sub-sections.</summary>
public sealed record OutlineSection(string Code, string Heading, string? Area = null, IReadOnlyList<OutlineSection>? Children = null)
{
    public IReadOnlyList<OutlineSection> Sections => Children ?? [];

    /// <summary>This section and every section below it, in reading order.</summary>
    public IEnumerable<OutlineSection> Flatten() => Sections.SelectMany(c => c.Flatten()).Prepend(this);
}
