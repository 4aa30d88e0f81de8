using System.Text;

namespace ParPlan.Core.Text;

/// <summary>
/// Folds Cyrillic and Greek letters that look like Latin ones back to Latin, inside words and codes that are
/// otherwise Latin ("NĐ-СР" with Cyrillic С and Р becomes "NĐ-CP"). Genuine Cyrillic or Greek words are left alone.
/// </summary>
internal static class Homoglyphs
{
    private static readonly Dictionary<char, char> Map = new()
    {
        // Cyrillic capitals and small letters that render like Latin.
        ['А'] = 'A', ['В'] = 'B', ['С'] = 'C', ['Е'] = 'E', ['Н'] = 'H', ['І'] = 'I', ['Ј'] = 'J', ['К'] = 'K',
        ['М'] = 'M', ['О'] = 'O', ['Р'] = 'P', ['Ѕ'] = 'S', ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y',
        ['а'] = 'a', ['с'] = 'c', ['е'] = 'e', ['і'] = 'i', ['ј'] = 'j', ['о'] = 'o', ['р'] = 'p', ['ѕ'] = 's',
        ['х'] = 'x', ['у'] = 'y',
        // Greek capitals and the few small letters that render like Latin.
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M',
        ['Ν'] = 'N', ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['ο'] = 'o',
    };

    public static string Fold(string text)
    {
        if (!text.Any(Map.ContainsKey))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                sb.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            sb.Append(FoldToken(text[start..i]));
        }

        return sb.ToString();
    }

    private static string FoldToken(string token)
    {
        if (!token.Any(Map.ContainsKey) || token.Any(c => char.IsLetter(c) && !IsLatin(c) && !Map.ContainsKey(c)))
        {
            return token;
        }

        if (!token.Any(c => char.IsLetter(c) && IsLatin(c)))
        {
            return token;
        }

        return string.Concat(token.Select(c => Map.TryGetValue(c, out var latin) ? latin : c));
    }

    private static bool IsLatin(char c) =>
        c < 0x0250 || (c >= 0x1E00 && c <= 0x1EFF);
}
