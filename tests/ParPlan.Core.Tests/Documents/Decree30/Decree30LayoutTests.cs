using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPlan.Core.Documents.Decree30;
using static ParPlan.Core.Tests.Documents.Decree30.DocxInspector;

namespace ParPlan.Core.Tests.Documents.Decree30;

/// <summary>The Decree 30/2020 layout rules of DOMAIN §9, read back from the generated report DOCX element by element.</summary>
public class Decree30LayoutTests
{
    private static DocxInspector Report() => new(Decree30Writer.Write(Decree30Samples.Report()));

    private const double Mm = 1440 / 25.4;

    private static Table SignatureTable(DocxInspector docx) => docx.Body.Elements<Table>().Single(t => t.InnerText.Contains("Nơi nhận:", StringComparison.Ordinal));

    [Fact]
    public void The_body_is_a4_portrait_with_the_decree_margins()
    {
        using var docx = Report();
        var body = docx.Sections[0];

        var size = body.GetFirstChild<PageSize>()!;
        Assert.Equal((210.0, 297.0), (Math.Round(size.Width!.Value / Mm), Math.Round(size.Height!.Value / Mm)));
        var m = body.GetFirstChild<PageMargin>()!;
        Assert.InRange(m.Top!.Value / Mm, 20, 25);
        Assert.InRange(m.Bottom!.Value / Mm, 20, 25);
        Assert.InRange(m.Left!.Value / Mm, 29.99, 35);
        Assert.InRange(m.Right!.Value / Mm, 15, 20);
    }

    [Fact]
    public void The_annex_is_on_landscape_a4_pages_with_the_same_margins()
    {
        using var docx = Report();
        var annex = docx.Sections[^1];

        var size = annex.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal((297.0, 210.0), (Math.Round(size.Width!.Value / Mm), Math.Round(size.Height!.Value / Mm)));
        Assert.InRange(annex.GetFirstChild<PageMargin>()!.Left!.Value / Mm, 29.99, 35);
    }

    [Fact]
    public void Every_run_is_black_times_new_roman()
    {
        using var docx = Report();

        var runs = docx.Body.Descendants<Run>().Where(r => r.InnerText.Length > 0).ToList();

        Assert.NotEmpty(runs);
        Assert.All(runs, r => Assert.Equal("Times New Roman", r.RunProperties!.RunFonts!.Ascii!.Value));
        Assert.All(runs, r => Assert.Equal("000000", r.RunProperties!.Color!.Val!.Value));
    }

    [Fact]
    public void The_header_is_a_borderless_two_by_two_table_with_issuer_and_national_name_then_number_and_date_on_one_row()
    {
        using var docx = Report();
        var table = docx.Body.Elements<Table>().First();

        Assert.All(table.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.None, b.Val!.Value));
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(2, r.Elements<TableCell>().Count()));
        var issuer = rows[0].Elements<TableCell>().First().Elements<Paragraph>().Where(p => p.InnerText.Length > 0).Select(p => p.InnerText);
        Assert.Equal(["UBND HUYỆN VĨNH LINH", "ỦY BAN NHÂN DÂN XÃ VĨNH CHẤP"], issuer);
        var motto = rows[0].Elements<TableCell>().Last().Elements<Paragraph>().Where(p => p.InnerText.Length > 0).Select(p => p.InnerText);
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], motto);
        Assert.Equal(["Số: 05/BC-UBND", "Vĩnh Chấp, ngày 06 tháng 3 năm 2026"], rows[1].Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void Issuer_national_name_and_motto_have_their_sizes_cases_and_weights()
    {
        using var docx = Report();

        var parent = docx.Paragraph("UBND HUYỆN VĨNH LINH");
        Assert.InRange(Size(parent), 12, 13);
        Assert.False(Bold(parent));
        var issuing = docx.Paragraph("ỦY BAN NHÂN DÂN XÃ VĨNH CHẤP");
        Assert.InRange(Size(issuing), 12, 13);
        Assert.True(Bold(issuing));
        var national = docx.Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.Equal(13, Size(national));
        Assert.True(Bold(national));
        var motto = docx.Paragraph("Độc lập - Tự do - Hạnh phúc");
        Assert.Equal(14, Size(motto));
        Assert.True(Bold(motto) && Centered(motto));
    }

    [Fact]
    public void A_solid_rule_sits_under_the_motto_as_long_as_the_line_and_a_short_one_under_the_issuing_body()
    {
        using var docx = Report();
        var table = docx.Body.Elements<Table>().First();
        var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        double RuleLength(Paragraph after, int columnWidth)
        {
            var rule = (Paragraph)after.NextSibling()!;
            Assert.Equal(BorderValues.Single, rule.ParagraphProperties!.ParagraphBorders!.TopBorder!.Val!.Value);
            Assert.Equal("", rule.InnerText);
            var indent = rule.ParagraphProperties.Indentation!;
            return columnWidth - int.Parse(indent.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(indent.Right!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.InRange(RuleLength(docx.Paragraph("ỦY BAN NHÂN DÂN XÃ VĨNH CHẤP"), widths[0]) / widths[0], 1 / 3.0, 0.5);
        // The motto at 14 pt bold prints about 6.1 cm wide.
        Assert.InRange(RuleLength(docx.Paragraph("Độc lập - Tự do - Hạnh phúc"), widths[1]) / Mm, 55, 65);
    }

    [Fact]
    public void The_number_is_upright_size_thirteen_and_a_draft_leaves_it_blank()
    {
        using var docx = Report();
        var number = docx.Paragraph("Số: 05/BC-UBND");

        Assert.Equal(13, Size(number));
        Assert.False(Italic(number) || Bold(number));
        Assert.Equal("Số:      /BC-UBND", Decree30Samples.ReportHeader(number: null).NumberLine);
        Assert.Equal("Số: 10/KH-UBND", (Decree30Samples.ReportHeader() with { Code = "KH-UBND", Number = 10 }).NumberLine);
    }

    [Fact]
    public void The_place_and_date_line_is_italic_with_a_comma_and_leading_zeros()
    {
        using var docx = Report();
        var date = docx.Paragraph("Vĩnh Chấp, ngày 06 tháng 3 năm 2026");

        Assert.True(Italic(date));
        Assert.InRange(Size(date), 13, 14);
        Assert.Equal("Vĩnh Chấp, ngày 06 tháng 02 năm 2023", Decree30Samples.ReportHeader(date: new DateOnly(2023, 2, 6)).DateLine);
        Assert.Equal("Vĩnh Chấp, ngày 15 tháng 11 năm 2026", Decree30Samples.ReportHeader(date: new DateOnly(2026, 11, 15)).DateLine);
        Assert.Equal("Vĩnh Chấp, ngày 09 tháng 01 năm 2026", Decree30Samples.ReportHeader(date: new DateOnly(2026, 1, 9)).DateLine);
    }

    [Fact]
    public void The_document_type_and_subject_are_bold_centred_with_a_short_rule_under_the_subject()
    {
        using var docx = Report();

        var type = docx.Paragraph("BÁO CÁO");
        Assert.True(Bold(type) && Centered(type));
        Assert.InRange(Size(type), 13, 14);
        var subject = docx.Paragraph("Kết quả công tác cải cách hành chính Quý I năm 2026");
        Assert.True(Bold(subject) && Centered(subject));
        Assert.InRange(Size(subject), 13, 14);
        var rule = (Paragraph)subject.NextSibling()!;
        Assert.NotNull(rule.ParagraphProperties!.ParagraphBorders!.TopBorder);
    }

    [Fact]
    public void Body_paragraphs_are_justified_size_fourteen_with_a_first_line_indent_spacing_and_line_height_in_range()
    {
        using var docx = Report();
        var paragraph = docx.ParagraphStarting("Tính đến ngày 11/03/2026");

        Assert.Equal(14, Size(paragraph));
        var props = paragraph.ParagraphProperties!;
        Assert.Equal(JustificationValues.Both, props.Justification!.Val!.Value);
        var indentCm = int.Parse(props.Indentation!.FirstLine!.Value!, System.Globalization.CultureInfo.InvariantCulture) / Mm / 10;
        Assert.True(Math.Abs(indentCm - 1) < 0.01 || Math.Abs(indentCm - 1.27) < 0.01, $"first-line indent {indentCm} cm");
        Assert.True(int.Parse(props.SpacingBetweenLines!.After!.Value!, System.Globalization.CultureInfo.InvariantCulture) >= 120);
        Assert.InRange(int.Parse(props.SpacingBetweenLines.Line!.Value!, System.Globalization.CultureInfo.InvariantCulture), 240, 360);
    }

    [Fact]
    public void Section_headings_are_bold_upper_case_roman_and_sub_sections_arabic()
    {
        using var docx = Report();

        var top = docx.Paragraph("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH");
        Assert.True(Bold(top));
        Assert.Equal(14, Size(top));
        Assert.True(Bold(docx.Paragraph("1. Kế hoạch cải cách hành chính")));
        Assert.True(Bold(docx.Paragraph("V. KIẾN NGHỊ, ĐỀ XUẤT")));
    }

    [Fact]
    public void The_body_ends_with_the_closing_mark()
    {
        using var docx = Report();

        Assert.NotNull(docx.Paragraph("Đề nghị UBND huyện quan tâm bố trí kinh phí./."));
    }

    [Fact]
    public void The_signature_block_on_the_right_names_the_authority_office_and_signer_in_bold()
    {
        using var docx = Report();
        var table = SignatureTable(docx);
        var right = table.Descendants<TableCell>().Last().Elements<Paragraph>().ToList();

        Assert.Equal("TM. ỦY BAN NHÂN DÂN", right[0].InnerText);
        Assert.Equal("CHỦ TỊCH", right[1].InnerText);
        Assert.Equal("Nguyễn Văn An", right[^1].InnerText);
        Assert.True(right.Count(p => p.InnerText.Length == 0) >= 3, "space for signature and seal");
        Assert.All(right.Where(p => p.InnerText.Length > 0), p => Assert.True(Bold(p) && Centered(p) && Size(p) is >= 13 and <= 14));
    }

    [Fact]
    public void A_deputy_signs_for_the_head_and_legal_bases_are_italic_lines_ending_in_semicolons_then_a_full_stop()
    {
        var document = Decree30Samples.Report(Signature.ForHead("Chủ tịch", "Phó Chủ tịch", "Lê Thị Bình")) with
        {
            LegalBases = ["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/03/2020 của Chính phủ về công tác văn thư", "Căn cứ Kế hoạch số 05/KH-UBND ngày 09/01/2026 của UBND xã."],
        };
        using var docx = new DocxInspector(Decree30Writer.Write(document));

        var right = SignatureTable(docx).Descendants<TableCell>().Last().Elements<Paragraph>().ToList();
        Assert.Equal("KT. CHỦ TỊCH", right[0].InnerText);
        Assert.Equal("PHÓ CHỦ TỊCH", right[1].InnerText);
        Assert.Equal("Lê Thị Bình", right[^1].InnerText);
        var first = docx.Paragraph("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/03/2020 của Chính phủ về công tác văn thư;");
        var last = docx.Paragraph("Căn cứ Kế hoạch số 05/KH-UBND ngày 09/01/2026 của UBND xã.");
        Assert.True(Italic(first) && Italic(last));
        Assert.InRange(Size(first), 13, 14);
    }

    [Fact]
    public void Recipients_sit_level_with_the_signature_and_end_with_the_archive_line()
    {
        using var docx = Report();
        var left = SignatureTable(docx).Descendants<TableCell>().First().Elements<Paragraph>().ToList();

        Assert.Equal("Nơi nhận:", left[0].InnerText);
        Assert.Equal(12, Size(left[0]));
        Assert.True(Bold(left[0]) && Italic(left[0]));
        var lines = left.Skip(1).ToList();
        Assert.All(lines, l => Assert.Equal(11, Size(l)));
        Assert.All(lines, l => Assert.False(Bold(l) || Italic(l)));
        Assert.All(lines.SkipLast(1), l => Assert.Matches("^- .+;$", l.InnerText));
        Assert.Equal("- UBND huyện (báo cáo);", lines[0].InnerText);
        Assert.Equal("- Lưu: VT, VP.", lines[^1].InnerText);
    }

    [Fact]
    public void Page_numbers_are_centred_at_the_top_from_page_two_and_the_first_page_header_is_empty()
    {
        using var docx = Report();
        var body = docx.Sections[0];
        var main = docx.Document.MainDocumentPart!;

        Assert.NotNull(body.GetFirstChild<TitlePage>());
        var first = (HeaderPart)main.GetPartById(body.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.First).Id!.Value!);
        Assert.Equal("", first.Header!.InnerText);
        Assert.Empty(first.Header.Descendants<FieldCode>());
        var numbered = (HeaderPart)main.GetPartById(body.Elements<HeaderReference>().Single(h => h.Type!.Value == HeaderFooterValues.Default).Id!.Value!);
        var field = numbered.Header!.Descendants<FieldCode>().Single();
        Assert.Equal("PAGE", field.Text.Trim());
        var p = numbered.Header.Elements<Paragraph>().Single();
        Assert.True(Centered(p));
        Assert.All(p.Elements<Run>(), r => Assert.InRange(int.Parse(r.RunProperties!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 2.0, 13, 14));
        Assert.Empty(body.Elements<FooterReference>());
        Assert.Null(docx.Sections[^1].GetFirstChild<TitlePage>());
    }

    [Fact]
    public void The_annex_opens_with_its_label_title_and_attachment_line_then_a_table_whose_total_equals_its_rows()
    {
        using var docx = Report();

        var label = docx.Paragraph("Phụ lục");
        Assert.True(Bold(label) && Centered(label));
        Assert.Equal(14, Size(label));
        var title = docx.Paragraph("SỐ LIỆU CẢI CÁCH HÀNH CHÍNH KỲ BÁO CÁO");
        Assert.True(Bold(title) && Centered(title));
        var attachment = docx.Paragraph("(Kèm theo Báo cáo số 05/BC-UBND ngày 06/03/2026 của UBND xã Vĩnh Chấp)");
        Assert.True(Italic(attachment) && Centered(attachment));
        var rows = docx.Body.Elements<Table>().Last(t => t.Descendants<TableHeader>().Any()).Elements<TableRow>().ToList();
        Assert.Equal("STT", rows[0].Elements<TableCell>().First().InnerText);
        var data = rows.Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal("Tổng cộng", data[^1][1]);
        for (var col = 2; col < data[^1].Count; col++)
        {
            Assert.Equal(int.Parse(data[^1][col], System.Globalization.CultureInfo.InvariantCulture), data.SkipLast(1).Sum(r => int.Parse(r[col], System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
