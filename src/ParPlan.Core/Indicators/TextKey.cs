using System.Globalization;
using System.Text;

namespace ParPlan.Core.Indicators;

/// <summary>Accent-insensitive matching form of Vietnamese text: lower case, diacritics stripped, đ → d, single spaces.</summary>
public static class TextKey
{
    public static string Normalize(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        bool space = false;
        foreach (char ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            char c = ch == 'đ' ? 'd' : ch;
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
