using System.Text;
using ParPlan.Core.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace ParPlan.Core.Tests.Documents;

public class DocumentReaderTests
{
    [Fact]
    public void Empty_file_is_rejected_as_empty()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read([], "plan.txt"));

        Assert.Equal(UnreadableReason.Empty, ex.Reason);
        Assert.Contains("rỗng", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_only_text_is_rejected_as_empty()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(Encoding.UTF8.GetBytes(" \n\r\n\t \n"), "plan.txt"));

        Assert.Equal(UnreadableReason.Empty, ex.Reason);
    }

    [Fact]
    public void Random_bytes_are_rejected_as_binary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bytes, "plan.txt"));

        Assert.Equal(UnreadableReason.Binary, ex.Reason);
    }

    [Fact]
    public void Truncated_docx_is_rejected_as_corrupt()
    {
        var docx = GoldDocxBuilder.Build(Plans.PlanTestData.Gold("003_32a0243e7cf70bca"), fiveColumns: true);

        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(docx[..(docx.Length / 2)], "plan.docx"));

        Assert.Equal(UnreadableReason.Corrupt, ex.Reason);
        Assert.Contains("DOCX", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_content_is_read_even_when_named_txt()
    {
        var docx = GoldDocxBuilder.Build(Plans.PlanTestData.Gold("003_32a0243e7cf70bca"), fiveColumns: true);

        var document = DocumentReader.Read(docx, "plan.txt");

        Assert.Equal(SourceFormat.Docx, document.Format);
        Assert.Contains(document.Blocks, b => b is SourceRow);
    }

    [Fact]
    public void Docx_table_cells_keep_their_paragraphs_as_lines_and_merges()
    {
        var docx = GoldDocxBuilder.Build(Plans.PlanTestData.Gold("002_82c4b63d1339515c"), fiveColumns: false);

        var rows = DocumentReader.Read(docx, "plan.docx").Blocks.OfType<SourceRow>().ToList();

        Assert.Contains(rows, r => r.Cells.Count == 1 && r.Cells[0].Span == 6);
        Assert.Contains(rows, r => r.Cells[0].IsMergedContinuation);
    }

    [Fact]
    public void Spreadsheet_package_is_rejected_as_unsupported()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                w.Write("<Types/>");
            }

            using (var x = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open()))
            {
                x.Write("<workbook/>");
            }
        }

        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(stream.ToArray(), "plan.xlsx"));

        Assert.Equal(UnreadableReason.Unsupported, ex.Reason);
    }

    [Theory]
    [InlineData("plan.doc")]
    [InlineData("plan.xlsx")]
    [InlineData("scan.png")]
    public void Unsupported_extension_with_text_content_is_rejected(string name)
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(Encoding.UTF8.GetBytes("KẾ HOẠCH\nCải cách hành chính"), name));

        Assert.Equal(UnreadableReason.Unsupported, ex.Reason);
        Assert.Contains("không được hỗ trợ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_word_binary_is_rejected_as_unsupported()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(ole, "plan.doc"));

        Assert.Equal(UnreadableReason.Unsupported, ex.Reason);
    }

    [Fact]
    public void Pdf_without_a_text_layer_asks_for_ocr()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 200, 100);
        var pdf = builder.Build();

        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(pdf, "scan.pdf"));

        Assert.Equal(UnreadableReason.ImageOnly, ex.Reason);
        Assert.Contains("cần OCR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_pdf_is_rejected_as_corrupt()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa");

        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(pdf, "plan.pdf"));

        Assert.True(ex.Reason is UnreadableReason.Corrupt or UnreadableReason.ImageOnly, ex.Reason.ToString());
    }

    [Fact]
    public void Encrypted_pdf_is_rejected_with_a_password_message()
    {
        var pdf = EncryptedPdf();

        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(pdf, "plan.pdf"));

        Assert.Equal(UnreadableReason.Encrypted, ex.Reason);
        Assert.Contains("mã hoá", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_text_is_read_as_lines()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("KE HOACH", 14, new UglyToad.PdfPig.Core.PdfPoint(60, 760), font);
        page.AddText("Cai cach hanh chinh nam 2025", 12, new UglyToad.PdfPig.Core.PdfPoint(60, 740), font);

        var document = DocumentReader.Read(builder.Build(), "plan.pdf");

        Assert.Equal(SourceFormat.Pdf, document.Format);
        Assert.Equal(["KE HOACH", "Cai cach hanh chinh nam 2025"], document.AllLines().ToArray());
    }

    [Fact]
    public void Utf16_text_with_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("KẾ HOẠCH\nCải cách hành chính năm 2025")).ToArray();

        var document = DocumentReader.Read(bytes, "plan.txt");

        Assert.Equal("KẾ HOẠCH", document.AllLines().First());
    }

    [Fact]
    public void Text_truncated_inside_a_character_is_still_read()
    {
        var bytes = Encoding.UTF8.GetBytes("KẾ HOẠCH\nCải cách hành chính năm 2025 Việt");

        var document = DocumentReader.Read(bytes[..^1], "plan.txt");

        Assert.StartsWith("Cải cách", document.AllLines().ElementAt(1), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_reported_in_vietnamese()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt")));

        Assert.Equal(UnreadableReason.NotFound, ex.Reason);
        Assert.StartsWith("Không tìm thấy tệp", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A one-page PDF whose trailer names a Standard security handler with a user password the reader does not know.</summary>
    private static byte[] EncryptedPdf()
    {
        var o = new string('A', 64);
        var u = new string('B', 64);
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -44 >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append($"{offset:D10} 00000 n \n");
        }

        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{new string('1', 32)}> <{new string('1', 32)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
