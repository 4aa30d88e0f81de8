using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ParPlan.Core.Tests.Files;

/// <summary>Builds hostile Office packages for the upload tests. The repeated XML is written to the archive in chunks,
/// so hundreds of megabytes of it never sit in memory; only the compressed result (about a thousandth) does.</summary>
public static class ZipBombs
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A DOCX whose <c>word/document.xml</c> is <paramref name="xmlBytes"/> of repeated paragraphs.</summary>
    public static byte[] Docx(long xmlBytes) => Package(zip =>
    {
        Text(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        Text(zip, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        Repeated(zip, "word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{WordNs}\"><w:body>",
            "<w:p><w:r><w:t>KẾ HOẠCH cải cách hành chính</w:t></w:r></w:p>", "</w:body></w:document>", xmlBytes);
    });

    /// <summary>An XLSX whose first sheet is <paramref name="xmlBytes"/> of repeated rows under a dossier header.</summary>
    public static byte[] Xlsx(long xmlBytes) => Package(zip =>
    {
        Text(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        Text(zip, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Text(zip, "xl/workbook.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Text(zip, "xl/_rels/workbook.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        Repeated(zip, "xl/worksheets/sheet1.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ma_ho_so</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>ma_don_vi</t></is></c></row>",
            "<row><c t=\"inlineStr\"><is><t>X</t></is></c><c t=\"inlineStr\"><is><t>XA-01</t></is></c></row>", "</sheetData></worksheet>", xmlBytes);
    });

    /// <summary>A zip of <paramref name="count"/> tiny entries (a DOCX shell around them).</summary>
    public static byte[] ManyEntries(int count) => Package(zip =>
    {
        Text(zip, "[Content_Types].xml", "<Types/>");
        Text(zip, "word/document.xml", $"<w:document xmlns:w=\"{WordNs}\"><w:body/></w:document>");
        for (var i = 0; i < count; i++)
        {
            zip.CreateEntry($"customXml/item{i}.xml", CompressionLevel.NoCompression);
        }
    });

    /// <summary>A DOCX whose document is stored uncompressed and whose headers declare <paramref name="declared"/> bytes:
    /// the archive lies about what it holds.</summary>
    public static byte[] LyingDocx(int realBytes, uint declared)
    {
        var bytes = Package(zip =>
        {
            Text(zip, "[Content_Types].xml", "<Types/>");
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.NoCompression);
            using var stream = entry.Open();
            var chunk = Encoding.UTF8.GetBytes("<w:p/>");
            for (var written = 0; written < realBytes; written += chunk.Length)
            {
                stream.Write(chunk);
            }
        });
        Patch(bytes, "word/document.xml"u8, declared);
        return bytes;
    }

    private static byte[] Package(Action<ZipArchive> fill)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            fill(zip);
        }

        return output.ToArray();
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    private static void Repeated(ZipArchive zip, string name, string head, string unit, string tail, long total)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        stream.Write(Encoding.UTF8.GetBytes(head));
        var one = Encoding.UTF8.GetBytes(unit);
        var chunk = new byte[one.Length * Math.Max(1, (1 << 16) / one.Length)];
        for (var i = 0; i < chunk.Length; i += one.Length)
        {
            one.CopyTo(chunk, i);
        }

        for (long written = 0; written < total; written += chunk.Length)
        {
            stream.Write(chunk);
        }

        stream.Write(Encoding.UTF8.GetBytes(tail));
    }

    /// <summary>Rewrites the uncompressed size of the named entry in its local header and its central directory record.</summary>
    private static void Patch(byte[] zip, ReadOnlySpan<byte> name, uint declared)
    {
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), declared);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), declared);
            }
        }
    }
}
