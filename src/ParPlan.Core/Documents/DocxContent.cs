using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParPlan.Core.Documents;

/// <summary>
/// What Microsoft Word writes around the content a reader wants, seen through: content controls (<c>w:sdt</c>) and custom
/// XML (<c>w:customXml</c>) around paragraphs, tables, rows, cells and runs; tracked changes (inserted and moved-to text is
/// read, deleted and moved-from text and rows deleted with their changes tracked are not); field codes (only a field's
/// shown result is read); text boxes written twice (<c>mc:AlternateContent</c>: the drawing, then a VML copy for older
/// readers), read once, each of their paragraphs a line of its own; symbol characters (<c>w:sym</c>) and optional hyphens.
/// </summary>
internal static class DocxContent
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Paragraphs and tables of a body, cell or text box in order, through content controls and custom XML.</summary>
    public static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement? container)
    {
        if (container is null)
        {
            yield break;
        }

        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph or Table:
                    yield return child;
                    break;
                case SdtBlock sdt:
                    foreach (var inner in Blocks(sdt.SdtContentBlock))
                    {
                        yield return inner;
                    }

                    break;
                case CustomXmlBlock or AlternateContent or AlternateContentChoice:
                    foreach (var inner in Blocks(child is AlternateContent ac ? Branch(ac) : child))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <summary>A table's rows through content controls and custom XML; a row deleted with its change tracked is gone.</summary>
    public static IEnumerable<TableRow> Rows(OpenXmlElement table)
    {
        foreach (var child in table.ChildElements)
        {
            switch (child)
            {
                case TableRow row when !IsDeleted(row):
                    yield return row;
                    break;
                case SdtRow sdt:
                    foreach (var inner in Rows(sdt.SdtContentRow ?? (OpenXmlElement)sdt))
                    {
                        yield return inner;
                    }

                    break;
                case CustomXmlRow:
                    foreach (var inner in Rows(child))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <summary>A row's cells through content controls and custom XML.</summary>
    public static IEnumerable<TableCell> Cells(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            switch (child)
            {
                case TableCell cell:
                    yield return cell;
                    break;
                case SdtCell sdt:
                    foreach (var inner in Cells(sdt.SdtContentCell ?? (OpenXmlElement)sdt))
                    {
                        yield return inner;
                    }

                    break;
                case CustomXmlCell:
                    foreach (var inner in Cells(child))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static bool IsDeleted(TableRow row) =>
        row.TableRowProperties?.ChildElements.Any(e => e is Deleted) == true;

    /// <summary>
    /// A paragraph's text as shown, split at explicit line breaks, and the paragraphs of the text boxes anchored in it
    /// (<paramref name="boxLines"/>, one line per paragraph, in document order).
    /// </summary>
    public static List<string> ParagraphLines(Paragraph p, List<string>? boxLines = null)
    {
        var sb = new StringBuilder();
        var lines = new List<string>();
        Collect(p, sb, lines, boxLines);
        lines.Add(sb.ToString());
        return lines;
    }

    private static void Collect(OpenXmlElement element, StringBuilder sb, List<string> lines, List<string>? boxLines)
    {
        foreach (var node in element.ChildElements)
        {
            switch (node)
            {
                case TextBoxContent box:
                    boxLines ??= [];
                    BoxLines(box, boxLines);
                    break;
                case AlternateContent ac:
                    if (Branch(ac) is { } branch)
                    {
                        Collect(branch, sb, lines, boxLines);
                    }

                    break;
                default:
                    Shown(node, sb, lines, boxLines);
                    break;
            }
        }
    }

    /// <summary>
    /// One element of a paragraph, by its WordprocessingML name, so that the markup the library does not place where
    /// Word left it (smart tags of older documents: their runs come as unknown elements) reads like the rest.
    /// </summary>
    private static void Shown(OpenXmlElement node, StringBuilder sb, List<string> lines, List<string>? boxLines)
    {
        if (node.NamespaceUri != WordNamespace)
        {
            Collect(node, sb, lines, boxLines);
            return;
        }

        switch (node.LocalName)
        {
            case "t":
                sb.Append(node.InnerText);
                break;
            case "tab" or "ptab":
                sb.Append('\t');
                break;
            case "br" or "cr":
                lines.Add(sb.ToString());
                sb.Clear();
                break;
            case "noBreakHyphen":
                sb.Append('-');
                break;
            case "sym":
                sb.Append(Symbol(node.GetAttributes().FirstOrDefault(a => a.LocalName == "char").Value));
                break;
            case "del" or "moveFrom" or "delText" or "instrText" or "delInstrText" or "rPr" or "pPr":
                break; // not shown: deleted or moved-away text, field instructions, formatting
            default:
                // runs, hyperlinks, smart tags, simple fields (their result), inserted and moved-to text, content
                // controls and custom XML around runs, drawings holding text boxes
                Collect(node, sb, lines, boxLines);
                break;
        }
    }

    /// <summary>A text box's paragraphs, and those of the cells of a table inside it, one line each.</summary>
    private static void BoxLines(TextBoxContent box, List<string> boxLines)
    {
        foreach (var block in Blocks(box))
        {
            var paragraphs = block is Table table
                ? Rows(table).SelectMany(Cells).SelectMany(c => Blocks(c).OfType<Paragraph>())
                : block is Paragraph p ? [p] : [];
            foreach (var paragraph in paragraphs)
            {
                boxLines.AddRange(ParagraphLines(paragraph, boxLines));
            }
        }
    }

    /// <summary>The one branch of an <c>mc:AlternateContent</c> a reader shows: the first choice, else the fallback.</summary>
    private static OpenXmlElement? Branch(AlternateContent ac) =>
        (OpenXmlElement?)ac.GetFirstChild<AlternateContentChoice>() ?? ac.GetFirstChild<AlternateContentFallback>();

    /// <summary>A symbol character (<c>w:sym w:char="F02D"</c>): symbol fonts put their characters at F0xx, ASCII + F000.</summary>
    internal static string Symbol(string? hex)
    {
        if (hex is null || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            return "";
        }

        return SymbolFonts.Plain(code) is { } c ? c.ToString() : "";
    }
}
