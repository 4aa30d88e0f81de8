using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>Page sections: A4 with the Decree 30 margins, portrait for the body and landscape for annexes; page
/// numbers centred in the top margin on every page but the first (a distinct, empty first-page header).</summary>
internal static class PageSetup
{
    /// <summary>Adds the numbered header and the empty first-page header; returns their relationship ids.</summary>
    public static (string Numbered, string Empty) AddHeaders(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            FieldRun(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            WordParts.Run("2", Decree30Format.PageNumber),
            FieldRun(new FieldChar { FieldCharType = FieldCharValues.End })));
        var empty = main.AddNewPart<HeaderPart>();
        empty.Header = new Header(new Paragraph());
        return (main.GetIdOfPart(numbered), main.GetIdOfPart(empty));
    }

    /// <summary>The first section (the body): portrait, numbered from page 1 with no number shown on page 1.</summary>
    public static SectionProperties Body((string Numbered, string Empty) headers) =>
        new(new HeaderReference { Type = HeaderFooterValues.Default, Id = headers.Numbered },
            new HeaderReference { Type = HeaderFooterValues.First, Id = headers.Empty },
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize { Width = Decree30Format.PageWidth, Height = Decree30Format.PageHeight, Orient = PageOrientationValues.Portrait },
            Margins(),
            new PageNumberType { Start = 1, Format = NumberFormatValues.Decimal },
            new TitlePage());

    /// <summary>An annex section: landscape, the page number on every page, numbering continued.</summary>
    public static SectionProperties Annex((string Numbered, string Empty) headers) =>
        new(new HeaderReference { Type = HeaderFooterValues.Default, Id = headers.Numbered },
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize { Width = Decree30Format.PageHeight, Height = Decree30Format.PageWidth, Orient = PageOrientationValues.Landscape },
            Margins(),
            new PageNumberType { Format = NumberFormatValues.Decimal });

    /// <summary>Text width of a portrait page and of a landscape page.</summary>
    public static int PortraitWidth => Decree30Format.PageWidth - Decree30Format.MarginLeft - Decree30Format.MarginRight;

    public static int LandscapeWidth => Decree30Format.PageHeight - Decree30Format.MarginLeft - Decree30Format.MarginRight;

    private static PageMargin Margins() => new()
    {
        Top = Decree30Format.MarginTop,
        Bottom = Decree30Format.MarginBottom,
        Left = (uint)Decree30Format.MarginLeft,
        Right = (uint)Decree30Format.MarginRight,
        Header = (uint)Decree30Format.HeaderDistance,
        Footer = (uint)Decree30Format.HeaderDistance,
        Gutter = 0,
    };

    private static Run FieldRun(OpenXmlElement child)
    {
        var run = WordParts.Run("", Decree30Format.PageNumber);
        run.RemoveAllChildren<DocumentFormat.OpenXml.Wordprocessing.Text>();
        run.Append(child);
        return run;
    }
}
