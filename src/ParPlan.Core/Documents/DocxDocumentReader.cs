using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPlan.Core.Files;

namespace ParPlan.Core.Documents;

/// <summary>
/// Reads a Word document through DocumentFormat.OpenXml: body paragraphs become lines, tables become
/// <see cref="SourceRow"/>s with real cells (grid spans, the older horizontal merge and vertical merges kept), paragraphs
/// inside cells become cell lines. What Word writes around the text (content controls, custom XML, tracked changes, fields,
/// text boxes) is seen through by <see cref="DocxContent"/>.
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
            var numbering = new DocxNumbering(doc.MainDocumentPart?.NumberingDefinitionsPart, doc.MainDocumentPart?.StyleDefinitionsPart);
            foreach (var element in DocxContent.Blocks(body))
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
                var boxes = new List<string>();
                var lines = DocxContent.ParagraphLines(p, boxes);
                // A text box anchored in the paragraph ("ỦY BAN NHÂN DÂN …" beside "CỘNG HÒA …") reads before its anchor.
                foreach (var line in boxes.Concat(lines))
                {
                    blocks.Add(new SourceLine(line));
                }

                break;
            case Table t:
                var index = tableIndex++;
                foreach (var row in DocxContent.Rows(t))
                {
                    blocks.Add(ReadRow(row, index, numbering));
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

        foreach (var cell in DocxContent.Cells(row))
        {
            var props = cell.TableCellProperties;
            var span = Math.Max(1, props?.GridSpan?.Val?.Value ?? 1);
            if (props?.HorizontalMerge is { } hmerge && (hmerge.Val is null || hmerge.Val.Value == MergedCellValues.Continue) && cells.Count > 0)
            {
                // The older horizontal merge (w:hMerge): a continuing cell widens the cell on its left and shows nothing.
                cells[^1] = cells[^1] with { Span = cells[^1].Span + span };
                continue;
            }

            var vmerge = props?.VerticalMerge;
            var continuation = vmerge is not null && (vmerge.Val is null || vmerge.Val.Value == MergedCellValues.Continue);
            var lines = new List<string>();
            foreach (var child in DocxContent.Blocks(cell))
            {
                switch (child)
                {
                    case Paragraph p:
                        // A cell numbered by a Word list shows the list's number, not text ("1.", "2." in the TT column).
                        var label = numbering.Next(p);
                        var boxes = new List<string>();
                        var text = DocxContent.ParagraphLines(p, boxes);
                        lines.AddRange(boxes);
                        lines.AddRange(label is { Length: > 0 } && text.All(string.IsNullOrWhiteSpace) ? [label] : text);
                        break;
                    case Table nested:
                        foreach (var nestedRow in DocxContent.Rows(nested))
                        {
                            lines.AddRange(DocxContent.Cells(nestedRow).SelectMany(DocxContent.Blocks).OfType<Paragraph>().SelectMany(np => DocxContent.ParagraphLines(np)));
                        }

                        break;
                }
            }

            // Drop empty paragraphs at both ends of a cell; keep inner ones out too (they carry no text).
            lines.RemoveAll(string.IsNullOrWhiteSpace);
            cells.Add(new SourceCell(lines, span, continuation) { LinesAreParagraphs = true });
        }

        return new SourceRow(cells, 0, tableIndex);
    }
}
