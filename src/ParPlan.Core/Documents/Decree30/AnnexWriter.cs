using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static ParPlan.Core.Documents.Decree30.WordParts;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>Writes an annex: "Phụ lục" (14, bold, centred), its title (upper case, bold, centred), the italic
/// "(Kèm theo …)" line, then a bordered table whose header row repeats on every page.</summary>
internal static class AnnexWriter
{
    public static void Append(Body body, Annex annex, bool pageBreakBefore)
    {
        var label = Centered(annex.Label, Decree30Format.AnnexLabel, TextStyle.Bold);
        if (pageBreakBefore)
        {
            label.ParagraphProperties!.PrependChild(new PageBreakBefore());
        }

        body.Append(label);
        body.Append(Centered(annex.Title.ToUpper(Decree30Format.Vi), Decree30Format.Title, TextStyle.Bold));
        if (!string.IsNullOrWhiteSpace(annex.Attachment))
        {
            body.Append(Centered(annex.Attachment, Decree30Format.Title, TextStyle.Italic));
        }

        body.Append(Centered("", Decree30Format.TableText));
        body.Append(Table(annex));
    }

    private static Table Table(Annex annex)
    {
        var total = PageSetup.LandscapeWidth;
        var weights = annex.Widths.Count == annex.Columns.Count ? annex.Widths : annex.Columns.Select(_ => 1).ToList();
        var widths = weights.Select(w => total * w / weights.Sum()).ToArray();
        var table = new Table();
        table.Append(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(widths.Sum()) },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        header.Append(annex.Columns.Select((c, i) => Cell(widths[i], [Centered(c, Decree30Format.TableText, TextStyle.Bold)])));
        table.Append(header);
        for (var r = 0; r < annex.Rows.Count; r++)
        {
            var row = annex.Rows[r];
            var continued = r + 1 < annex.Rows.Count && annex.Rows[r + 1].MergeFirstCellWithAbove;
            if (row.IsGroup)
            {
                table.Append(new TableRow(Cell(widths.Sum(), Lines(row.Cells.Count > 0 ? row.Cells[0] : "", TextStyle.Bold), span: widths.Length)));
                continue;
            }

            table.Append(new TableRow(row.Cells.Select((c, i) =>
            {
                MergedCellValues? merge = i != 0 ? null : row.MergeFirstCellWithAbove ? MergedCellValues.Continue : continued ? MergedCellValues.Restart : null;
                return Cell(widths[i], row.MergeFirstCellWithAbove && i == 0 ? [] : Lines(c, TextStyle.None), merge: merge);
            })));
        }

        return table;
    }

    private static IEnumerable<OpenXmlElement> Lines(string text, TextStyle style) =>
        text.Split('\n').Where(l => l.Length > 0).Select(l => (OpenXmlElement)Left(l, Decree30Format.TableText, style)).ToList();
}
