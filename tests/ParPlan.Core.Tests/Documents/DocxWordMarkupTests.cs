using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using static ParPlan.Core.Tests.Documents.WordXml;

namespace ParPlan.Core.Tests.Documents;

/// <summary>
/// Markup Microsoft Word writes into real plans and our own writer never does: each test builds the WordprocessingML
/// Word leaves and checks the plan reads as the page shows it.
/// </summary>
public class DocxWordMarkupTests
{
    private static PlanDocument Parse(string body, string? numbering = null) =>
        PlanParser.Parse(DocumentReader.Read(Docx(body, numbering), "plan.docx"));

    [Fact]
    public void Rows_and_cells_inside_content_controls_and_custom_xml_are_read()
    {
        var sdtRow = $"<w:sdt><w:sdtPr><w:id w:val=\"1\"/></w:sdtPr><w:sdtContent>{Tr(Tc(P("1")), Tc(P("Xây dựng kế hoạch CCHC")), Tc(P("Phòng Văn hóa – Xã hội")), Tc(P("Các phòng")), Tc(P("Quý I/2027")))}</w:sdtContent></w:sdt>";
        var sdtCell = $"<w:sdt><w:sdtPr><w:id w:val=\"2\"/></w:sdtPr><w:sdtContent>{Tc(P("Văn phòng HĐND và UBND"))}</w:sdtContent></w:sdt>";
        var customCell = $"<w:customXml w:element=\"o\">{Tc($"<w:customXml w:element=\"p\">{P("Công an phường")}</w:customXml>")}</w:customXml>";
        var customRow = $"<w:customXml w:element=\"hang\">{Tr(Tc(P("2")), Tc(P("Kiểm tra công tác CCHC")), sdtCell, customCell, Tc(P("Quý III/2027")))}</w:customXml>";
        var cellSdtParagraph = $"<w:sdt><w:sdtPr><w:id w:val=\"3\"/></w:sdtPr><w:sdtContent>{P("Trung tâm Phục vụ hành chính công")}</w:sdtContent></w:sdt>";
        var third = Tr(Tc(P("3")), Tc(P("Công khai thủ tục hành chính")), Tc(cellSdtParagraph), Tc(P("Các phòng")), Tc(P("Thường xuyên")));

        var plan = Parse(Opening + Table(5, HeaderRow, GroupRow("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"), sdtRow, customRow, third));

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Văn hóa – Xã hội"], plan.Tasks[0].Lead);
        Assert.Equal(["Văn phòng HĐND và UBND"], plan.Tasks[1].Lead);
        Assert.Equal(["Công an phường"], plan.Tasks[1].Support);
        Assert.Equal(["Trung tâm Phục vụ hành chính công"], plan.Tasks[2].Lead);
    }

    [Fact]
    public void Deleted_and_moved_away_text_and_rows_are_not_read_while_inserted_and_moved_text_is()
    {
        const string change = "w:author=\"A\" w:date=\"2027-01-04T09:00:00Z\"";
        var lead = $"<w:p><w:del w:id=\"1\" {change}><w:r><w:delText>Phòng Kinh tế</w:delText></w:r></w:del>"
                   + $"<w:ins w:id=\"2\" {change}>{R("Phòng Văn hóa – Xã hội")}</w:ins>"
                   + $"<w:moveFrom w:id=\"3\" {change}>{R(" Ban Cũ")}</w:moveFrom></w:p>";
        var support = $"<w:p><w:moveTo w:id=\"4\" {change}>{R("Các phòng chuyên môn")}</w:moveTo></w:p>";
        var deletedRow = $"<w:tr><w:trPr><w:del w:id=\"5\" {change}/></w:trPr>{Tc(P("2"))}{Tc(P("Nhiệm vụ đã bỏ"))}{Tc(P("Ban Đã Bỏ"))}{Tc(P(""))}{Tc(P("Quý IV/2027"))}</w:tr>";

        var plan = Parse(Opening + Table(5, HeaderRow, GroupRow("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
            Tr(Tc(P("1")), Tc(P("Xây dựng kế hoạch CCHC")), Tc(lead), Tc(support), Tc(P("Quý I/2027"))),
            deletedRow,
            Tr(Tc(P("2")), Tc(P("Kiểm tra công tác CCHC")), Tc(P("Văn phòng HĐND và UBND")), Tc(P("Các phòng")), Tc(P("Quý III/2027")))));

        Assert.Equal(["1.1", "1.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Phòng Văn hóa – Xã hội"], plan.Tasks[0].Lead);
        Assert.Equal(["Các phòng chuyên môn"], plan.Tasks[0].Support);
        Assert.Equal("Kiểm tra công tác CCHC", plan.Tasks[1].Title);
        Assert.DoesNotContain(plan.Notices, n => n.Code == ImportWarningCodes.DuplicateRowNumber);
    }

    [Fact]
    public void A_header_in_text_boxes_is_read_once_with_each_paragraph_on_its_own_line()
    {
        static string Box(params string[] lines)
        {
            var paragraphs = string.Concat(lines.Select(P));
            return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
                   + "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                   + "<wp:extent cx=\"2286000\" cy=\"900000\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                   + $"<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                   + $"<mc:Fallback><w:pict><v:shape id=\"Text Box 1\" type=\"#_x0000_t202\"><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        }

        var anchor = "<w:p>" + Box("ỦY BAN NHÂN DÂN", "PHƯỜNG AN LẠC", "Số: 21/KH-UBND")
                     + Box("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Lạc, ngày 09 tháng 01 năm 2027") + "</w:p>";
        var source = DocumentReader.Read(Docx(anchor + P("KẾ HOẠCH") + P("Cải cách hành chính năm 2027")), "plan.docx");
        var plan = PlanParser.Parse(source);

        Assert.Single(source.AllLines(), l => l.Contains("21/KH-UBND", StringComparison.Ordinal));
        Assert.Contains("PHƯỜNG AN LẠC", source.AllLines());
        Assert.Equal("21/KH-UBND", plan.Header.Number);
        Assert.Equal(new DateOnly(2027, 1, 9), plan.Header.IssuedOn);
        Assert.Equal(GovernmentLevel.Commune, plan.Header.Level);
    }

    [Fact]
    public void Smart_tags_and_field_results_are_read_and_field_codes_are_not()
    {
        var smartTag = $"<w:p>{R("Phòng Văn hóa – ")}<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\">{R("Xã hội")}</w:smartTag></w:p>";
        var field = $"<w:p>{R("Quý ")}<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD Quy </w:instrText></w:r>"
                    + $"<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{R("I")}<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:fldSimple w:instr=\" DOCPROPERTY Nam \">{R("/2027")}</w:fldSimple></w:p>";

        var plan = Parse(Opening + Table(5, HeaderRow, GroupRow("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
            Tr(Tc(P("1")), Tc(P("Xây dựng kế hoạch CCHC")), Tc(smartTag), Tc(P("Các phòng")), Tc(field))));

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(["Phòng Văn hóa – Xã hội"], task.Lead);
        Assert.Equal("Quý I/2027", task.Schedule.Text);
        Assert.Equal(new DateOnly(2027, 3, 31), task.Schedule.Due);
    }

    [Fact]
    public void A_group_row_merged_with_the_older_horizontal_merge_spans_the_table()
    {
        var hmerged = Tr($"<w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr>{P("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH")}</w:tc>",
            "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>", "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>",
            "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>", "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>");
        var source = DocumentReader.Read(Docx(Opening + Table(5, HeaderRow, hmerged,
            Tr(Tc(P("1")), Tc(P("Công khai thủ tục hành chính")), Tc(P("Văn phòng HĐND và UBND")), Tc(P("Các phòng")), Tc(P("Thường xuyên"))))), "plan.docx");
        var plan = PlanParser.Parse(source);

        var group = source.Blocks.OfType<SourceRow>().ElementAt(1);
        Assert.Equal(5, Assert.Single(group.Cells).Span);
        var task = Assert.Single(plan.Tasks);
        Assert.Equal("2.1", task.Ref);
        Assert.Equal(AreaCode.Procedures, task.Area);
        Assert.Equal(["Văn phòng HĐND và UBND"], task.Lead);
    }

    [Fact]
    public void A_word_list_restarted_in_each_group_numbers_each_group_from_one()
    {
        const string numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1\"/></w:lvl></w:abstractNum>"
                                 + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                                 + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";
        static string Numbered(int numId) => Tc($"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr></w:p>");
        static string Task(int numId, string title, string lead) => Tr(Numbered(numId), Tc(P(title)), Tc(P(lead)), Tc(P("Các phòng")), Tc(P("Quý II/2027")));

        var plan = Parse(Opening + Table(5, HeaderRow,
            GroupRow("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"), Task(1, "Xây dựng kế hoạch CCHC", "Phòng Văn hóa – Xã hội"), Task(1, "Kiểm tra CCHC", "Văn phòng HĐND và UBND"),
            GroupRow("II. CẢI CÁCH THỂ CHẾ"), Task(2, "Rà soát văn bản", "Văn phòng HĐND và UBND"), Task(2, "Theo dõi thi hành pháp luật", "Công an phường")), numbering);

        Assert.Equal(["1.1", "1.2", "2.1", "2.2"], plan.Tasks.Select(t => t.Ref));
        Assert.Equal(["Công an phường"], plan.Tasks[3].Lead);
    }

    [Fact]
    public void A_symbol_font_bullet_reads_as_a_bullet_not_as_a_private_character()
    {
        var support = $"<w:p><w:r><w:sym w:font=\"Symbol\" w:char=\"F02D\"/></w:r>{R(" Các phòng chuyên môn")}</w:p>";
        var source = DocumentReader.Read(Docx(Opening + Table(5, HeaderRow, GroupRow("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
            Tr(Tc(P("1")), Tc(P("Xây dựng kế hoạch CCHC")), Tc(P("Phòng Văn hóa – Xã hội")), Tc(support), Tc(P("Quý I/2027"))))), "plan.docx");

        Assert.Contains("- Các phòng chuyên môn", source.AllLines());
        Assert.Equal(["Các phòng chuyên môn"], Assert.Single(PlanParser.Parse(source).Tasks).Support);
    }
}
