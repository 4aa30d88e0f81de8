using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>Builds the OpenXml pieces the writer uses: runs in Times New Roman, paragraphs, drawn rules, borderless
/// tables.</summary>
internal static class WordParts
{
    [Flags]
    public enum TextStyle { None = 0, Bold = 1, Italic = 2 }

    public static Run Run(string text, int size, TextStyle style = TextStyle.None)
    {
        var props = new RunProperties(
            new RunFonts { Ascii = Decree30Format.Font, HighAnsi = Decree30Format.Font, ComplexScript = Decree30Format.Font, EastAsia = Decree30Format.Font });
        if (style.HasFlag(TextStyle.Bold))
        {
            props.Append(new Bold());
        }

        if (style.HasFlag(TextStyle.Italic))
        {
            props.Append(new Italic());
        }

        props.Append(new Color { Val = "000000" });
        props.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        props.Append(new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) });
        return new Run(props, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A centred paragraph, no space around it (header, titles, signature).</summary>
    public static Paragraph Centered(string text, int size, TextStyle style = TextStyle.None, int spaceBefore = 0, int spaceAfter = 0) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Before = Twips(spaceBefore), After = Twips(spaceAfter), Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Center }),
            Run(text, size, style));

    /// <summary>A body paragraph: justified, first-line indent 1 cm, 6 pt after, 1.2 lines.</summary>
    public static Paragraph Body(string text, int size, TextStyle style = TextStyle.None) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = Twips(Decree30Format.SpaceAfter), Line = Twips(Decree30Format.LineSpacing), LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = Twips(Decree30Format.FirstLineIndent) },
                new Justification { Val = JustificationValues.Both }),
            Run(text, size, style));

    /// <summary>A left-aligned paragraph with no indent (recipient lines, table cells).</summary>
    public static Paragraph Left(string text, int size, TextStyle style = TextStyle.None) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = JustificationValues.Left }),
            Run(text, size, style));

    /// <summary>A drawn solid rule of <paramref name="length"/> twips centred in a column <paramref name="columnWidth"/>
    /// wide: an empty paragraph with a top border, indented from both sides.</summary>
    public static Paragraph Rule(int columnWidth, int length)
    {
        var indent = Math.Max(0, (columnWidth - length) / 2);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { Left = Twips(indent), Right = Twips(indent) },
            new Justification { Val = JustificationValues.Center },
            new ParagraphMarkRunProperties(new FontSize { Val = "8" })));
    }

    /// <summary>A table without borders, with fixed column widths.</summary>
    public static Table Borderless(params int[] widths)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new Table(new TableProperties(
            none,
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(widths.Sum()) },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa }, new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        return table;
    }

    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, int span = 1, MergedCellValues? merge = null)
    {
        var props = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(width) });
        if (span > 1)
        {
            props.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            props.Append(new VerticalMerge { Val = m });
        }

        var cell = new TableCell(props);
        cell.Append(content);
        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
