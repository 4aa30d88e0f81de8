namespace ParPlan.Core.Documents.Decree30;

/// <summary>A numbered part of the body: its heading as printed ("I. CÔNG TÁC CHỈ ĐẠO…", "1. Kế hoạch…"), its
/// paragraphs, and its sub-sections. Top-level headings are upper case and bold.</summary>
public sealed record DocumentSection(string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<DocumentSection>? Children = null)
{
    public IReadOnlyList<DocumentSection> Sections => Children ?? [];
}
