using System.IO.Compression;
using System.Text;
using ParPlan.Core.Documents;
using ParPlan.Core.Files;

namespace ParPlan.Core.Tests.Files;

public class PdfGuardTests
{
    [Fact]
    public void A_pdf_whose_page_content_inflates_past_the_ratio_is_refused_before_pdfpig_reads_it()
    {
        var pdf = PdfWithContent(64L * 1024 * 1024);

        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(pdf, "ke-hoach.pdf"));

        Assert.Equal(UnreadableReason.TooLarge, ex.Reason);
        Assert.Contains("bom nén", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_over_the_page_limit_is_refused_before_its_pages_are_read()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var i = 0; i < 3; i++)
        {
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("KE HOACH", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        }

        var ex = Assert.Throws<DocumentReadException>(() => PdfDocumentReader.Read(builder.Build(), PdfLimits.Defaults with { MaxPages = 2 }));

        Assert.Equal(UnreadableReason.TooLarge, ex.Reason);
        Assert.Contains("3 trang, vượt giới hạn 2 trang", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A one-page PDF whose content stream is <paramref name="bytes"/> of repeated spaces, Flate-compressed.</summary>
    private static byte[] PdfWithContent(long bytes)
    {
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 16));
            for (long w = 0; w < bytes; w += chunk.Length)
            {
                z.Write(chunk);
            }
        }

        var data = compressed.ToArray();
        using var pdf = new MemoryStream();
        void W(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        W("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        W("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n");
        W($"4 0 obj << /Length {data.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(data);
        W("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return pdf.ToArray();
    }
}
