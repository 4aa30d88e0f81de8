using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParPlan.Core.Tests.Documents.Decree30;

/// <summary>Reads a generated DOCX back with OpenXml: paragraphs by text, and the font, size and style of their runs.</summary>
public sealed class DocxInspector : IDisposable
{
    private readonly MemoryStream _stream;

    public DocxInspector(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Document = WordprocessingDocument.Open(_stream, false);
    }

    public WordprocessingDocument Document { get; }

    public Body Body => Document.MainDocumentPart!.Document!.Body!;

    public IReadOnlyList<SectionProperties> Sections => Body.Descendants<SectionProperties>().ToList();

    public Paragraph Paragraph(string text) => Body.Descendants<Paragraph>().First(p => p.InnerText == text);

    public Paragraph ParagraphStarting(string text) => Body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith(text, StringComparison.Ordinal));

    public static IEnumerable<Run> Runs(Paragraph p) => p.Elements<Run>().Where(r => r.InnerText.Length > 0);

    /// <summary>The size in points of every run with text (one value when they agree).</summary>
    public static double Size(Paragraph p) => Runs(p).Select(r => int.Parse(r.RunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 2.0).Distinct().Single();

    public static bool Bold(Paragraph p) => Runs(p).All(r => r.RunProperties?.Bold is not null);

    public static bool Italic(Paragraph p) => Runs(p).All(r => r.RunProperties?.Italic is not null);

    public static bool Centered(Paragraph p) => p.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Center;

    public static IEnumerable<string> Fonts(Paragraph p) => Runs(p).Select(r => r.RunProperties!.RunFonts!.Ascii!.Value!).Distinct();

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
