using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace ParPlan.Core.Documents;

/// <summary>
/// Words of a PDF page built from its letters line by line: letters on one baseline (within a quarter of the font size)
/// are read left to right, and a word ends at a space or at a gap wider than a sixth of the font size. The library's
/// default reading orders letters by their exact height first, so a centred or justified cell whose glyphs sit a
/// fraction of a point apart came out cut inside words ("15/01/2 027", "Thườn g xuyên"), which a deadline or a unit
/// name does not survive. Text that is not horizontal keeps the default reading.
/// </summary>
internal sealed class PdfWords : IWordExtractor
{
    public static PdfWords Instance { get; } = new();

    public IEnumerable<Word> GetWords(IReadOnlyList<Letter> letters)
    {
        var horizontal = new List<Letter>(letters.Count);
        var other = new List<Letter>();
        foreach (var letter in letters)
        {
            (letter.TextOrientation == TextOrientation.Horizontal ? horizontal : other).Add(letter);
        }

        var words = new List<Word>();
        foreach (var line in Lines(horizontal))
        {
            var current = new List<Letter>();
            Letter? previous = null;
            foreach (var letter in line)
            {
                if (string.IsNullOrWhiteSpace(letter.Value))
                {
                    Flush(current, words);
                    previous = null;
                    continue;
                }

                if (previous is not null)
                {
                    var size = Math.Max(Size(previous), Size(letter));
                    var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                    if (gap > size / 6 || gap < -size * 0.6)
                    {
                        Flush(current, words);
                    }
                }

                current.Add(letter);
                previous = letter;
            }

            Flush(current, words);
        }

        if (other.Count > 0)
        {
            words.AddRange(DefaultWordExtractor.Instance.GetWords(other));
        }

        return words;
    }

    /// <summary>
    /// A line of running text; words set far apart (more than two font sizes: the issuer block and the national motto
    /// printed side by side from a borderless table or two text boxes) are separated by a tab, as a DOCX cell or tab
    /// stop would be, so the opening reads as its two blocks.
    /// </summary>
    public static string JoinLine(IReadOnlyList<Word> line)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < line.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right > 2 * Size(line[i]) ? '\t' : ' ');
            }

            sb.Append(Text(line[i]));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The opening printed as two blocks side by side (issuer and number on the left, the national motto and the date
    /// line on the right): its first lines, when split by a tab into two parts, are read one block after the other, as
    /// the two cells of a DOCX header table are, so "HUYỆN X" is not followed by the motto's wrapped "NAM".
    /// </summary>
    public static List<SourceBlock> OpeningColumns(List<SourceBlock> blocks)
    {
        const int Opening = 8;
        var start = blocks.FindIndex(b => b is SourceLine l && l.Text.Split('\t').Length == 2);
        if (start < 0 || start >= Opening || blocks.Take(start).Any(b => b is not SourceLine))
        {
            return blocks;
        }

        var end = start;
        while (end < blocks.Count && end < start + Opening && blocks[end] is SourceLine l && l.Text.Split('\t').Length == 2)
        {
            end++;
        }

        var run = blocks.GetRange(start, end - start).Cast<SourceLine>().Select(l => (l, Parts: l.Text.Split('\t'))).ToList();
        var reordered = run.Select(r => (SourceBlock)(r.l with { Text = r.Parts[0] }))
            .Concat(run.Select(r => (SourceBlock)(r.l with { Text = r.Parts[1] })));
        return [.. blocks.Take(start), .. reordered, .. blocks.Skip(end)];
    }

    /// <summary>A word's text with symbol-font characters (a dash or bullet drawn from Symbol or Wingdings) made plain.</summary>
    public static string Text(Word word)
    {
        var text = word.Text;
        if (!text.Any(c => c is >= '\uF000' and <= '\uF0FF'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\uF000' and <= '\uF0FF')
            {
                if (SymbolFonts.Plain(c) is { } plain)
                {
                    sb.Append(plain);
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static void Flush(List<Letter> current, List<Word> words)
    {
        if (current.Count > 0)
        {
            words.Add(new Word(current.ToList()));
            current.Clear();
        }
    }

    private static double Size(Letter l) => l.PointSize > 0.5 ? l.PointSize : Math.Max(1, l.BoundingBox.Height);

    /// <summary>A word's font size: its first letter's, or its height when the file gives none.</summary>
    internal static double Size(Word w) =>
        w.Letters.Count > 0 && w.Letters[0].PointSize > 0.5 ? w.Letters[0].PointSize : Math.Max(1, w.BoundingBox.Height);

    /// <summary>Letters grouped by baseline, top to bottom, each group left to right (content order kept between equals).</summary>
    private static IEnumerable<List<Letter>> Lines(List<Letter> letters)
    {
        var ordered = letters.OrderByDescending(l => l.StartBaseLine.Y).ToList();
        var i = 0;
        while (i < ordered.Count)
        {
            var y = ordered[i].StartBaseLine.Y;
            var tolerance = Size(ordered[i]) / 4;
            var j = i;
            while (j < ordered.Count && y - ordered[j].StartBaseLine.Y <= tolerance)
            {
                j++;
            }

            var line = ordered.GetRange(i, j - i);
            var byIndex = line.Select((l, k) => (l, k)).OrderBy(p => p.l.StartBaseLine.X).ThenBy(p => p.k).Select(p => p.l).ToList();
            yield return byIndex;
            i = j;
        }
    }
}
