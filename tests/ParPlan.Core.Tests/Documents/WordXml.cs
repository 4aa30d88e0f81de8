using System.IO.Compression;
using System.Text;

namespace ParPlan.Core.Tests.Documents;

/// <summary>
/// Builds a DOCX from hand-written WordprocessingML, so a test can hold markup exactly as Microsoft Word writes it
/// (content controls, custom XML, tracked changes, text boxes written twice, fields, the older horizontal merge).
/// </summary>
internal static class WordXml
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"";

    public static byte[] Docx(string body, string? numbering = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
                (numbering is null ? "" : "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>") +
                "</Types>");
            Add(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add(zip, "word/_rels/document.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                (numbering is null ? "" : "<Relationship Id=\"rIdN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>") +
                "</Relationships>");
            Add(zip, "word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {Namespaces}><w:body>{body}</w:body></w:document>");
            if (numbering is not null)
            {
                Add(zip, "word/numbering.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering {Namespaces}>{numbering}</w:numbering>");
            }
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph of one run.</summary>
    public static string P(string text) => $"<w:p>{R(text)}</w:p>";

    public static string R(string text) => $"<w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r>";

    public static string Tc(string inner) => $"<w:tc><w:tcPr><w:tcW w:w=\"1500\" w:type=\"dxa\"/></w:tcPr>{(inner.Length == 0 ? "<w:p/>" : inner)}</w:tc>";

    public static string Tr(params string[] cells) => $"<w:tr>{string.Concat(cells)}</w:tr>";

    public static string Table(int columns, params string[] rows) =>
        $"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>{string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"1500\"/>", columns))}</w:tblGrid>{string.Concat(rows)}</w:tbl>";

    /// <summary>The opening of a ward's plan as paragraphs.</summary>
    public static string Opening => string.Concat(new[]
    {
        "ỦY BAN NHÂN DÂN", "PHƯỜNG AN LẠC", "Số: 21/KH-UBND", "An Lạc, ngày 09 tháng 01 năm 2027", "KẾ HOẠCH", "Cải cách hành chính năm 2027",
    }.Select(P));

    /// <summary>The header row of a five-column task table.</summary>
    public static string HeaderRow => Tr(Tc(P("TT")), Tc(P("Nội dung nhiệm vụ")), Tc(P("Cơ quan chủ trì")), Tc(P("Cơ quan phối hợp")), Tc(P("Thời gian hoàn thành")));

    public static string GroupRow(string title) => Tr($"<w:tc><w:tcPr><w:gridSpan w:val=\"5\"/></w:tcPr>{P(title)}</w:tc>");

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
