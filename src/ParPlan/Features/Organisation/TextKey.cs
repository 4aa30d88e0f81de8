using System.Globalization;
using System.Text;

namespace ParPlan.Features.Organisation;

/// <summary>The accent-insensitive matching key for names and aliases: lower case, no diacritics, đ→d,
/// dashes and list punctuation unified, whitespace collapsed, trailing punctuation dropped. "Phòng Văn hoá – Xã hội" and "phong van hoa - xa hoi" match.</summary>
public static class TextKey
{
    public static string For(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = ch switch
            {
                'đ' or 'Đ' => 'd',
                '–' or '—' or '‐' or '‑' or '−' => '-',
                _ => char.ToLowerInvariant(ch),
            };
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            sb.Append(c);
            lastWasSpace = false;
        }

        var key = sb.ToString().TrimEnd().TrimEnd('.', ';', ':', ',').TrimEnd()
            .Replace(" -", "-", StringComparison.Ordinal).Replace("- ", "-", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal).Replace(" ;", ";", StringComparison.Ordinal);
        return key.Replace(",", ", ", StringComparison.Ordinal).Replace(";", "; ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal);
    }
}
