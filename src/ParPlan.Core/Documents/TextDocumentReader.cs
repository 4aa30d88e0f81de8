using System.Text;

namespace ParPlan.Core.Documents;

/// <summary>Reads a plain-text extraction: UTF-8 (with or without BOM) or UTF-16 with BOM; rejects binary data.</summary>
public static class TextDocumentReader
{
    public static SourceDocument Read(byte[] bytes)
    {
        var text = TryDecode(bytes) ?? throw DocumentReadException.Binary();
        return FromText(text);
    }

    public static SourceDocument FromText(string text)
    {
        var page = 0;
        var lines = new List<SourceBlock>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Contains('\f', StringComparison.Ordinal))
            {
                page++;
                line = line.Replace("\f", "", StringComparison.Ordinal);
            }

            lines.Add(new SourceLine(line, page));
        }

        if (lines.All(l => string.IsNullOrWhiteSpace(((SourceLine)l).Text)))
        {
            throw DocumentReadException.Empty();
        }

        return new SourceDocument(SourceFormat.Text, lines);
    }

    /// <summary>The decoded text, or null when the bytes do not look like text.</summary>
    public static string? TryDecode(byte[] bytes)
    {
        string text;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2 - (bytes.Length % 2));
        }
        else
        {
            var strict = new UTF8Encoding(false, true);
            var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            string? decoded = null;
            // A truncated file may end inside a multi-byte character: drop at most three trailing bytes.
            for (var cut = 0; cut <= 3 && decoded is null && bytes.Length - offset - cut > 0; cut++)
            {
                try
                {
                    decoded = strict.GetString(bytes, offset, bytes.Length - offset - cut);
                }
                catch (DecoderFallbackException)
                {
                    decoded = null;
                }
            }

            if (decoded is null)
            {
                return null;
            }

            text = decoded;
        }

        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f')) || c == '\uFFFD')
            {
                control++;
            }
        }

        return control > Math.Max(2, text.Length / 200) ? null : text;
    }
}
