using System.Text.RegularExpressions;
using ParPlan.Core.Text;
using UglyToad.PdfPig.Content;

namespace ParPlan.Core.Documents;

/// <summary>
/// A ruled PDF cell's lines as text, with the words that a narrow column broke inside joined back. A writer breaks a
/// word inside itself only when the word does not fit on a line of its own, so the first piece stands alone on its line
/// and reaches the cell's right edge ("Thườn" / "g xuyên", "II" / "I" in a TT column, "phò-" / "ng" at an optional
/// hyphen); the pieces are joined when together they make one Vietnamese syllable or one Roman numeral. Two whole words
/// never make one syllable ("Văn" + "phòng"), so a line that merely ends at the edge keeps its space. Dates broken the
/// same way are joined by <see cref="BrokenNumbers"/>.
/// </summary>
internal static partial class BrokenWords
{
    /// <summary>Word's and LibreOffice's default left and right cell margin (0.19 cm), with a little slack.</summary>
    private const double CellMargin = 6;

    public static List<string> Lines(List<List<Word>> lines, double cellRight)
    {
        var texts = lines.Select(l => l.Select(PdfWords.Text).ToList()).ToList();
        for (var i = 0; i + 1 < texts.Count; i++)
        {
            if (texts[i].Count == 0 || texts[i].Count != lines[i].Count || texts[i + 1].Count == 0)
            {
                continue;
            }

            var word = lines[i][^1];
            if (word.BoundingBox.Right < cellRight - CellMargin - (0.8 * PdfWords.Size(word)))
            {
                continue;
            }

            var joined = texts[i].Count == 1 ? Join(texts[i][0], texts[i + 1][0]) : JoinAfterWords(texts[i][^1], texts[i + 1][0]);
            if (joined is null)
            {
                continue;
            }

            texts[i][^1] = joined;
            texts[i + 1].RemoveAt(0);
        }

        return BrokenNumbers.Rejoin(texts.Where(t => t.Count > 0).Select(t => string.Join(' ', t)).ToList());
    }

    /// <summary>
    /// The last word of a line of several words and the first of the next as one word. Words kept together by
    /// non-breaking spaces ("Phòng Vă" / "n hóa") or an optional hyphen ("Văn phò-" / "ng") break anywhere, so the
    /// first piece need not stand alone. Two whole words never join here: the second piece must start with a consonant
    /// (or follow a hyphen, or follow a piece without a vowel: "v" / "à"), so a whole word with its own vowel makes a
    /// second vowel group and no syllable; upper-case pieces join only into a known abbreviation ("HĐ" / "ND").
    /// </summary>
    internal static string? JoinAfterWords(string left, string right)
    {
        var hyphen = left.Length > 1 && left[^1] is '-' or '\u00AD' or '\u2010';
        if (IsUpperWord(left) && IsUpperWord(right))
        {
            return Abbreviations.Contains(left + right) ? left + right : null;
        }

        return !hyphen && (!Letters().IsMatch(right) || (StartsWithVowel(right) && HasVowel(left))) ? null : Join(left, right);
    }

    private static bool StartsWithVowel(string word) => VietText.Fold(word) is ['a' or 'e' or 'i' or 'o' or 'u' or 'y', ..];

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    private static bool HasVowel(string word) => VietText.Fold(word).AsSpan().IndexOfAny(Vowels) >= 0;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "UBND", "HĐND", "MTTQ", "UBMTTQ", "CCHC", "TTHC", "CQCM", "BCĐ", "BCH", "CNTT", "TCVN",
    };

    /// <summary>The two pieces as one word when they make one syllable or one Roman numeral; null otherwise.</summary>
    internal static string? Join(string left, string right)
    {
        var head = left.Length > 1 && left[^1] is '-' or '\u00AD' or '\u2010' ? left[..^1] : left;
        if (Abbreviations.Contains(head + right))
        {
            return head + right;
        }

        if (RomanPiece().IsMatch(head) && RomanPiece().IsMatch(right) && Roman().IsMatch(head + right))
        {
            return head + right;
        }

        if (!Letters().IsMatch(head) || !Letters().IsMatch(right) || char.IsUpper(right[0]) && !IsUpperWord(head))
        {
            return null;
        }

        return Syllable().IsMatch(VietText.Fold(head + right)) ? head + right : null;
    }

    private static bool IsUpperWord(string s) => s.All(c => !char.IsLetter(c) || char.IsUpper(c));

    [GeneratedRegex(@"^[\p{L}\p{M}]+$")]
    private static partial Regex Letters();

    // One syllable, folded: an onset, one to three vowels, a coda ("thuong", "nghiep", "khuyen", "chinh").
    [GeneratedRegex(@"^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$")]
    private static partial Regex Syllable();

    [GeneratedRegex(@"^[IVX]+$")]
    private static partial Regex RomanPiece();

    [GeneratedRegex(@"^(?=.{2,})X{0,3}(IX|IV|V?I{0,3})$")]
    private static partial Regex Roman();
}
