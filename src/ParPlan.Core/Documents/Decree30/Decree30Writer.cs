using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static ParPlan.Core.Documents.Decree30.WordParts;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a DOCX laid out as Decree 30/2020 asks (DOMAIN §9): A4 portrait body with
/// its margins, Times New Roman, the two-column borderless header table (issuer | Quốc hiệu and Tiêu ngữ; "Số:" |
/// italic place and date), the document type and subject, the body ending "./.", the signature block with "Nơi nhận:"
/// level with it, page numbers centred at the top except on page 1, and each annex on landscape pages.
/// </summary>
public static class Decree30Writer
{
    private const int LeftHeader = 3600;  // 6.35 cm: the right column holds the Quốc hiệu on one line
    private const int MottoLength = 3480; // about the printed width of the Tiêu ngữ at 14 pt bold

    public static byte[] Write(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            AddStyles(main);
            var headers = PageSetup.AddHeaders(main);
            var body = new Body();
            main.Document = new Document(body);
            body.Append(HeaderTable(document.Header));
            body.Append(Centered(document.TypeName.ToUpper(Decree30Format.Vi), Decree30Format.Title, TextStyle.Bold, spaceBefore: 240));
            body.Append(Centered(document.Subject, Decree30Format.Title, TextStyle.Bold));
            body.Append(Rule(PageSetup.PortraitWidth, 1701));
            body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "120" })));
            AppendBody(body, document);
            body.Append(SignatureTable(document.Signature, document.Recipients));
            if (document.Annexes.Count == 0)
            {
                body.Append(PageSetup.Body(headers));
            }
            else
            {
                body.Append(new Paragraph(new ParagraphProperties(PageSetup.Body(headers))));
                for (var i = 0; i < document.Annexes.Count; i++)
                {
                    AnnexWriter.Append(body, document.Annexes[i], pageBreakBefore: i > 0);
                }

                body.Append(PageSetup.Annex(headers));
            }
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Decree30Format.Font, HighAnsi = Decree30Format.Font, ComplexScript = Decree30Format.Font, EastAsia = Decree30Format.Font },
                new Color { Val = "000000" },
                new FontSize { Val = Twips(Decree30Format.Body) },
                new FontSizeComplexScript { Val = Twips(Decree30Format.Body) },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault()));
    }

    private static Table HeaderTable(OfficialHeader header)
    {
        var right = PageSetup.PortraitWidth - LeftHeader;
        var table = Borderless(LeftHeader, right);
        var issuer = new List<OpenXmlElement>();
        if (!string.IsNullOrWhiteSpace(header.ParentBody))
        {
            issuer.Add(Centered(header.ParentBody.ToUpper(Decree30Format.Vi), Decree30Format.Issuer));
        }

        issuer.Add(Centered(header.IssuingBody.ToUpper(Decree30Format.Vi), Decree30Format.Issuer, TextStyle.Bold));
        issuer.Add(Rule(LeftHeader, LeftHeader * 2 / 5));
        var motto = new OpenXmlElement[]
        {
            Centered(Decree30Format.NationalNameText, Decree30Format.NationalName, TextStyle.Bold),
            Centered(Decree30Format.MottoText, Decree30Format.Motto, TextStyle.Bold),
            Rule(right, MottoLength),
        };
        table.Append(new TableRow(Cell(LeftHeader, issuer), Cell(right, motto)));
        table.Append(new TableRow(
            Cell(LeftHeader, [Centered(header.NumberLine, Decree30Format.NumberSize, spaceBefore: 60)]),
            Cell(right, [Centered(header.DateLine, Decree30Format.DateSize, TextStyle.Italic, spaceBefore: 60)])));
        return table;
    }

    private static void AppendBody(Body body, OfficialDocument document)
    {
        var paragraphs = new List<Paragraph>();
        for (var i = 0; i < document.LegalBases.Count; i++)
        {
            var basis = document.LegalBases[i].Trim().TrimEnd(';', '.', ' ');
            paragraphs.Add(WordParts.Body(basis + (i == document.LegalBases.Count - 1 ? "." : ";"), Decree30Format.Body, TextStyle.Italic));
        }

        paragraphs.AddRange(document.Opening.Select(p => WordParts.Body(p, Decree30Format.Body)));
        foreach (var section in document.Sections)
        {
            AddSection(paragraphs, section, top: true);
        }

        // The body ends with "./." (DOMAIN §9, observed in D0, D2, D3).
        var last = paragraphs.LastOrDefault(p => p.InnerText.Length > 0);
        if (last is not null && !last.InnerText.EndsWith("./.", StringComparison.Ordinal))
        {
            var text = last.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Last();
            text.Text = text.Text.TrimEnd().TrimEnd('.', ';', ':') + "./.";
        }

        body.Append(paragraphs);
    }

    private static void AddSection(List<Paragraph> paragraphs, DocumentSection section, bool top)
    {
        var heading = top ? section.Heading.ToUpper(Decree30Format.Vi) : section.Heading;
        paragraphs.Add(WordParts.Body(heading, Decree30Format.Title, TextStyle.Bold));
        foreach (var line in section.Paragraphs.SelectMany(p => p.Split('\n')).Where(l => l.Trim().Length > 0))
        {
            paragraphs.Add(WordParts.Body(line.Trim(), Decree30Format.Body));
        }

        foreach (var child in section.Sections)
        {
            AddSection(paragraphs, child, top: false);
        }
    }

    private static Table SignatureTable(Signature signature, Recipients recipients)
    {
        const int left = 4300;
        var right = PageSetup.PortraitWidth - left;
        var table = Borderless(left, right);
        var recipientParagraphs = new List<OpenXmlElement> { Left("Nơi nhận:", Decree30Format.RecipientsHeading, TextStyle.Bold | TextStyle.Italic) };
        recipientParagraphs.AddRange(recipients.Lines.Select(l => Left(l, Decree30Format.RecipientLine)));
        var signer = new List<OpenXmlElement>
        {
            Centered(signature.AuthorityLine, Decree30Format.Title, TextStyle.Bold),
            Centered(signature.Office.ToUpper(Decree30Format.Vi), Decree30Format.Title, TextStyle.Bold),
        };
        signer.AddRange(Enumerable.Range(0, 4).Select(_ => Centered("", Decree30Format.Title)));
        signer.Add(Centered(signature.Name, Decree30Format.Title, TextStyle.Bold));
        table.Append(new TableRow(new TableRowProperties(new CantSplit()), Cell(left, recipientParagraphs), Cell(right, signer)));
        return table;
    }
}
