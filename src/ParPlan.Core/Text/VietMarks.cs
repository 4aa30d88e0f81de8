using System.Globalization;
using System.Text;

namespace ParPlan.Core.Text;

/// <summary>
/// Repairs Vietnamese combining marks that text extraction detached or misplaced:
/// a mark after a space moves before the space, and a tone mark sitting on a consonant
/// moves onto the vowel of its syllable that carries the tone.
/// </summary>
internal static class VietMarks
{
    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";
    private const string QualityMarks = "\u0302\u0306\u031B";

    public static string Repair(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var attached = MoveMarksBeforeSpaces(decomposed);
        var fixedWords = FixWords(attached);
        return fixedWords.Normalize(NormalizationForm.FormC);
    }

    internal static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static string MoveMarksBeforeSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (IsMark(c) && sb.Length > 0 && sb[^1] == ' ')
            {
                var spaces = 0;
                while (sb.Length - spaces > 0 && sb[sb.Length - spaces - 1] == ' ')
                {
                    spaces++;
                }

                var anchor = sb.Length - spaces - 1;
                if (anchor >= 0 && (char.IsLetter(sb[anchor]) || IsMark(sb[anchor])))
                {
                    sb.Insert(anchor + 1, c);
                    continue;
                }

                // A mark with nothing to sit on is noise.
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string FixWords(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i]))
            {
                sb.Append(s[i]);
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && (char.IsLetter(s[i]) || IsMark(s[i])))
            {
                i++;
            }

            var word = s.AsSpan(start, i - start);
            if (HasStrayTone(word))
            {
                sb.Append(FixSyllable(word.ToString()));
            }
            else
            {
                sb.Append(word); // nothing to move: most words, so no syllable is built for them
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether a tone mark sits on a consonant (the only case <see cref="FixSyllable"/> changes a word).</summary>
    private static bool HasStrayTone(ReadOnlySpan<char> word)
    {
        var baseChar = '\0';
        foreach (var c in word)
        {
            if (!IsMark(c))
            {
                baseChar = c;
            }
            else if (!IsVowel(baseChar) && ToneMarks.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string FixSyllable(string word)
    {
        var units = new List<(char Base, List<char> Marks)>();
        foreach (var c in word)
        {
            if (IsMark(c) && units.Count > 0)
            {
                units[^1].Marks.Add(c);
            }
            else
            {
                units.Add((c, []));
            }
        }

        char? stray = null;
        // A tone on a consonant is never Vietnamese: take every one off; the first moves to the tone vowel.
        foreach (var unit in units.Where(u => !IsVowel(u.Base)))
        {
            foreach (var tone in unit.Marks.Where(m => ToneMarks.Contains(m, StringComparison.Ordinal)).ToList())
            {
                stray ??= tone;
                unit.Marks.Remove(tone);
            }
        }

        if (stray is null)
        {
            return word;
        }

        var vowels = NucleusIndexes(units);
        var hasTone = vowels.Any(v => units[v].Marks.Any(m => ToneMarks.Contains(m, StringComparison.Ordinal)));
        if (vowels.Count > 0 && !hasTone)
        {
            units[ToneVowel(units, vowels)].Marks.Add(stray.Value);
        }

        var sb = new StringBuilder(word.Length);
        foreach (var (b, marks) in units)
        {
            sb.Append(b);
            foreach (var m in marks)
            {
                sb.Append(m);
            }
        }

        return sb.ToString();
    }

    private static bool IsVowel(char c) => "aeiouyAEIOUY".Contains(c, StringComparison.Ordinal);

    /// <summary>Indexes of the vowel nucleus, leaving out the glide of "qu" and "gi" onsets.</summary>
    private static List<int> NucleusIndexes(List<(char Base, List<char> Marks)> units)
    {
        var first = units.FindIndex(u => IsVowel(u.Base));
        if (first < 0)
        {
            return [];
        }

        var last = first;
        while (last + 1 < units.Count && IsVowel(units[last + 1].Base))
        {
            last++;
        }

        var onsetGlide = first > 0 && last > first
            && ((char.ToLowerInvariant(units[first - 1].Base) == 'q' && char.ToLowerInvariant(units[first].Base) == 'u')
                || (char.ToLowerInvariant(units[first - 1].Base) == 'g' && char.ToLowerInvariant(units[first].Base) == 'i'));
        if (onsetGlide)
        {
            first++;
        }

        return Enumerable.Range(first, last - first + 1).ToList();
    }

    private static int ToneVowel(List<(char Base, List<char> Marks)> units, List<int> vowels)
    {
        var marked = vowels.LastOrDefault(v => units[v].Marks.Any(m => QualityMarks.Contains(m, StringComparison.Ordinal)), -1);
        if (marked >= 0)
        {
            return marked;
        }

        if (vowels.Count == 1)
        {
            return vowels[0];
        }

        var hasFinal = vowels[^1] + 1 < units.Count;
        if (hasFinal)
        {
            return vowels[^1];
        }

        if (vowels.Count >= 3)
        {
            return vowels[1];
        }

        var pair = string.Concat(vowels.Select(v => char.ToLowerInvariant(units[v].Base)));
        return pair is "oa" or "oe" or "uy" ? vowels[1] : vowels[0];
    }
}
