using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPlan.Core.Files;

namespace ParPlan.Core.Documents;

/// <summary>
/// Reads a Word document through DocumentFormat.OpenXml: body paragraphs become lines, tables become
/// <see cref="SourceRow"/>s with real cells (grid spans and vertical merges kept), paragraphs inside cells become cell lines.
/// </summary>
public static class DocxDocumentReader
{
    /// <summary>Reads the document after <see cref="ZipGuard"/> measured the package against <paramref name="limits"/>
    /// (<see cref="ZipLimits.WordDefaults"/> when null).</summary>
    public static SourceDocument Read(byte[] bytes, ZipLimits? limits = null)
    {
        try
        {
            using var stream = ZipGuard.Open(bytes, limits ?? ZipLimits.WordDefaults, "DOCX");
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
            {
                if (zip.GetEntry("word/document.xml") is null && zip.Entries.All(e => !e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)))
                {
                    throw zip.GetEntry("[Content_Types].xml") is null
                        ? DocumentReadException.Unsupported("tệp nén không phải DOCX")
                        : DocumentReadException.Unsupported("tài liệu Office không phải Word (.xlsx, .pptx …)");
                }
            }

            stream.Position = 0;
            using var doc = WordprocessingDocument.Open(stream, false);
            var body = doc.MainDocumentPart?.Document?.Body ?? throw DocumentReadException.CorruptDocx();
            var blocks = new List<SourceBlock>();
            var tableIndex = 0;
            var numbering = new DocxNumbering(doc.MainDocumentPart?.NumberingDefinitionsPart);
            foreach (var element in body.ChildElements)
            {
                AddElement(element, blocks, ref tableIndex, numbering);
            }

            if (blocks.Count == 0 || blocks.All(IsBlank))
            {
                throw DocumentReadException.Empty();
            }

            return new SourceDocument(SourceFormat.Docx, blocks);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (UnsafeFileException ex) when (ex.IsTooLarge)
        {
            throw DocumentReadException.Unsafe(ex);
        }
        catch (UnsafeFileException ex)
        {
            throw DocumentReadException.CorruptDocx(ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or OpenXmlPackageException or XmlException or IOException
                                       or FileFormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw DocumentReadException.CorruptDocx(ex);
        }
    }

    private static bool IsBlank(SourceBlock block) => block switch
    {
        SourceLine l => string.IsNullOrWhiteSpace(l.Text),
        SourceRow r => r.Cells.All(c => c.IsBlank),
        _ => true,
    };

    private static void AddElement(OpenXmlElement element, List<SourceBlock> blocks, ref int tableIndex, DocxNumbering numbering)
    {
        switch (element)
        {
            case Paragraph p:
                numbering.Next(p); // body lists count too: a list may go on from the body into the table
                foreach (var line in ParagraphLines(p))
                {
                    blocks.Add(new SourceLine(line));
                }

                break;
            case Table t:
                var index = tableIndex++;
                foreach (var row in t.Elements<TableRow>())
                {
                    blocks.Add(ReadRow(row, index, numbering));
                }

                break;
            case SdtBlock sdt:
                foreach (var child in sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
                {
                    AddElement(child, blocks, ref tableIndex, numbering);
                }

                break;
        }
    }

    private static SourceRow ReadRow(TableRow row, int tableIndex, DocxNumbering numbering)
    {
        var cells = new List<SourceCell>();
        // Cells skipped at the start of a row (w:gridBefore) still take grid columns.
        if (row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value is { } before && before > 0)
        {
            cells.Add(new SourceCell([], before));
        }

        foreach (var cell in row.Elements<TableCell>())
        {
            var props = cell.TableCellProperties;
            var span = props?.GridSpan?.Val?.Value ?? 1;
            var vmerge = props?.VerticalMerge;
            var continuation = vmerge is not null && (vmerge.Val is null || vmerge.Val.Value == MergedCellValues.Continue);
            var lines = new List<string>();
            foreach (var child in cell.ChildElements)
            {
                switch (child)
                {
                    case Paragraph p:
                        // A cell numbered by a Word list shows the list's number, not text ("1.", "2." in the TT column).
                        var label = numbering.Next(p);
                        var text = ParagraphLines(p).ToList();
                        lines.AddRange(label is { Length: > 0 } && text.All(string.IsNullOrWhiteSpace) ? [label] : text);
                        break;
                    case Table nested:
                        foreach (var nestedRow in nested.Elements<TableRow>())
                        {
                            lines.AddRange(nestedRow.Elements<TableCell>().SelectMany(c => c.Elements<Paragraph>()).SelectMany(ParagraphLines));
                        }

                        break;
                }
            }

            // Drop empty paragraphs at both ends of a cell; keep inner ones out too (they carry no text).
            lines.RemoveAll(string.IsNullOrWhiteSpace);
            cells.Add(new SourceCell(lines, Math.Max(1, span), continuation));
        }

        return new SourceRow(cells, 0, tableIndex);
    }

    /// <summary>A paragraph's text, split at explicit line breaks (a list number is added by the caller where it stands alone).</summary>
    private static IEnumerable<string> ParagraphLines(Paragraph p)
    {
        var sb = new StringBuilder();
        var lines = new List<string>();
        foreach (var node in p.Descendants())
        {
            switch (node)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append('\t');
                    break;
                case Break:
                case CarriageReturn:
                    lines.Add(sb.ToString());
                    sb.Clear();
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
            }
        }

        lines.Add(sb.ToString());
        return lines;
    }
}
