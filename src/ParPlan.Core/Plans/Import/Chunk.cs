namespace ParPlan.Core.Plans.Import;

internal enum StartClass { Lower, Upper, Abbrev, Bullet, Digit, Other }

/// <summary>A line of a flattened row, or a piece of one cut where a cue word (unit, product, deadline) starts mid-line.</summary>
internal sealed class Chunk
{
    private static readonly HashSet<string> NoSplitAfter = new(StringComparer.Ordinal)
    {
        "cua", "va", "cac", "voi", "cho", "tai", "den", "tu", "theo", "ve", "tren", "o", "thuoc", "la", "hoac", "nhu", "trong", "giua", "do", "boi",
        "tham", "vien", "can", "bo", "phong", "ban", "ke", "bao", "quyet", "nghi", "van", "cong",
        "viet", // "Ủy ban MTTQ Việt Nam": "Nam" is the country's name, not a year ("Năm 2027") opening a deadline
    };

    /// <summary>Unit-name heads that cannot end a cell on their own ("- Trung tâm" / "Văn hóa …").</summary>
    private static readonly HashSet<string> BareHeads = new(StringComparer.Ordinal)
    {
        "trung tam", "phong", "uy ban", "ubnd", "so", "ban", "van", "van phong", "cac", "cac co", "cac phong", "chi cuc", "doan", "bo phan", "cong chuc",
    };

    /// <summary>Words that cannot end a cell: a preposition or a verb still waiting for its object ("Văn bản trình" / "UBND tỉnh").</summary>
    private static readonly HashSet<string> JoinerWords = new(StringComparer.Ordinal)
    {
        "trinh", "gui", "voi", "cho", "tai", "theo", "thuoc", "tren", "giua", "cua", "va", "cac", "ve", "den", "tu", "nhung",
        "viet", // "Ủy ban MTTQ Việt" / "Nam xã": the name goes on
    };

    private static readonly char[] ListEnds = [',', ';', '.'];

    public required string Text { get; init; }
    public required string Folded { get; init; }
    public bool NewLine { get; init; }
    public bool AfterBreak { get; init; }

    /// <summary>The piece lies after a page break inside its row: its cells continue cells begun on the previous page.</summary>
    public bool InBreakSegment { get; set; }
    public bool WholeLine { get; init; }
    public int FirstWordLength { get; init; }

    /// <summary>Length of the whole line this piece was cut from.</summary>
    public int LineLength { get; init; }

    /// <summary>How many pieces the line was cut into (two cue words on one line are strong evidence of columns side by side).</summary>
    public int PiecesInLine { get; set; }
    public StartClass Start { get; init; }

    /// <summary>The piece ends with a word or sign that cannot end a cell ("-", "&amp;", ",", "và", "của"): the next line continues it.</summary>
    public bool EndsWithJoiner { get; init; }

    /// <summary>The piece opens like a unit name / like a product (vocabulary heads).</summary>
    public bool UnitHead { get; init; }

    /// <summary>The piece opens with a unit cell's role label ("Chủ trì: …", "Phối hợp: …"; <see cref="LabelledUnits"/>).</summary>
    public bool RoleLabel { get; init; }

    /// <summary>Vocabulary flags of a cell opening with this piece and the next 0, 1 or 2 pieces (set by the segmenter).</summary>
    public (bool Unit, bool Output, bool Funding, bool Free)[] Openings { get; } = new (bool, bool, bool, bool)[3];
    public bool OutputHead { get; init; }

    /// <summary>The piece ends with a list separator ("," or ";"): in a list cell the next line is another item of it.</summary>
    public bool EndsWithSeparator { get; init; }

    /// <summary>Deadline-likeness of this piece's words: the sum of per-word penalties and whether a strong deadline word occurs.</summary>
    public double SchedulePenalty { get; init; }
    public bool ScheduleStrong { get; init; }

    /// <summary>The piece holds a date or a deadline formula ("31/01/2025", "trước ngày", "Quý I"): not part of a unit name.</summary>
    public bool Dated { get; init; }

    /// <summary>The pieces of a row's lines, with their cell-opening flags set.</summary>
    public static List<Chunk> Prepare(IReadOnlyList<(string Text, bool AfterBreak)> lines)
    {
        var chunks = Interleave.Recover(Split(WrappedYear.Mend(lines)));
        SetOpenings(chunks);
        var afterBreak = false;
        foreach (var chunk in chunks)
        {
            afterBreak |= chunk.AfterBreak;
            chunk.InBreakSegment = afterBreak;
        }

        return chunks;
    }

    /// <summary>Fills <see cref="Openings"/> of every piece.</summary>
    public static void SetOpenings(List<Chunk> chunks)
    {
        var buffer = new char[256];
        for (var j = 0; j < chunks.Count; j++)
        {
            var length = 0;
            for (var k = 0; k < 3; k++)
            {
                if (j + k < chunks.Count && length < 40)
                {
                    // The prefix is built in a reused buffer: the flags are memoised, so most openings allocate nothing.
                    var next = chunks[j + k].Folded;
                    var needed = length + (length > 0 ? 1 : 0) + next.Length;
                    if (needed > buffer.Length)
                    {
                        Array.Resize(ref buffer, needed * 2);
                    }

                    if (length > 0)
                    {
                        buffer[length++] = ' ';
                    }

                    next.CopyTo(0, buffer, length, next.Length);
                    length += next.Length;
                    chunks[j].Openings[k] = StartFlags.Of(buffer.AsSpan(0, length));
                }
                else
                {
                    chunks[j].Openings[k] = k > 0 ? chunks[j].Openings[k - 1] : default;
                }
            }
        }
    }

    public static List<Chunk> Split(IReadOnlyList<(string Text, bool AfterBreak)> lines)
    {
        var result = new List<Chunk>();
        foreach (var (raw, afterBreak) in lines)
        {
            var text = PhraseKit.Collapse(raw);
            if (text.Length == 0)
            {
                continue;
            }

            var tokens = text.Split(' ');
            var folded = tokens.Select(PhraseKit.Fold).ToArray();
            var startToken = 0;
            var first = result.Count;
            for (var t = 1; t <= tokens.Length; t++)
            {
                if (t < tokens.Length && !IsCut(tokens, folded, t))
                {
                    continue;
                }

                var piece = string.Join(' ', tokens, startToken, t - startToken);
                var pieceFolded = string.Join(' ', folded, startToken, t - startToken);
                result.Add(Make(piece, startToken == 0, startToken == 0 && afterBreak, startToken == 0 && t == tokens.Length, text.Length, pieceFolded));
                startToken = t;
            }

            for (var x = first; x < result.Count; x++)
            {
                result[x].PiecesInLine = result.Count - first;
            }
        }

        return result;
    }

    private static bool IsCut(string[] tokens, string[] folded, int t)
    {
        var token = tokens[t];
        if (t + 1 < tokens.Length && (folded[t], folded[t + 1]) is ("chu", "tri:") or ("phoi", "hop:") && char.IsUpper(token[0]))
        {
            return true; // "Kế hoạch Chủ trì: Văn phòng …": a unit cell labelled with its role opens here (LabelledUnits)
        }

        if (token.Length == 0 || tokens[t - 1].EndsWith(',') || tokens[t - 1] is "-" or "+" or "•" or "–" or "*" || NoSplitAfter.Contains(folded[t - 1].TrimEnd(ListEnds)))
        {
            return false;
        }

        if (ClosesDeadline(tokens, folded, t) && (char.IsUpper(token[0]) || (char.IsAsciiDigit(token[0]) && token.EndsWith('%'))))
        {
            return true; // "Quý III/2027 Phương án …", "Thường xuyên 100% hồ sơ …": the product after the deadline
        }

        if (!(char.IsUpper(token[0]) || token == "-" || (token[0] == '(' && token.Length > 1 && char.IsUpper(token[1]))))
        {
            return false;
        }

        if (NoSplitAfter.Contains(folded[t - 1]) || OwnedHead(folded, t))
        {
            return false;
        }

        // The next four words, joined in a buffer (no string: most candidates are not cuts).
        var end = Math.Min(folded.Length, t + 4);
        var size = end - t - 1;
        for (var x = t; x < end; x++)
        {
            size += folded[x].Length;
        }

        Span<char> buffer = size <= 256 ? stackalloc char[size] : new char[size];
        var at = 0;
        for (var x = t; x < end; x++)
        {
            if (x > t)
            {
                buffer[at++] = ' ';
            }

            folded[x].CopyTo(buffer[at..]);
            at += folded[x].Length;
        }

        ReadOnlySpan<char> rest = buffer;
        return Vocabulary.StartsWithUnit(rest) || Vocabulary.StartsWithOutput(rest) || Vocabulary.StartsWithSchedule(rest)
               || (t == folded.Length - 1 && Vocabulary.OpensScheduleHead(folded[t]));
    }

    /// <summary>A deadline that is complete before token <paramref name="t"/>: "thường xuyên", "hằng quý" (or tháng,
    /// năm), "cả năm", or a date or period that ends in its year ("III/2027", "15/01/2027").</summary>
    private static bool ClosesDeadline(string[] tokens, string[] folded, int t)
    {
        if (t >= 2 && (folded[t - 2], folded[t - 1]) is ("thuong", "xuyen") or ("hang", "quy" or "thang" or "nam") or ("ca", "nam"))
        {
            return true; // "Thường xuyên", "Hằng quý", "Cả năm": a whole deadline without a figure
        }

        var previous = tokens[t - 1];
        var slash = previous.LastIndexOf('/');
        return slash > 0 && previous.Length - slash == 5 && previous.AsSpan(slash + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>"Thanh tra Sở", "Văn phòng Sở": a bare "Sở" right after a head that takes an owner completes that name.</summary>
    private static bool OwnedHead(string[] folded, int t) =>
        folded[t] == "so" && t >= 2 && ((folded[t - 2] == "thanh" && folded[t - 1] == "tra") || (folded[t - 2] == "van" && folded[t - 1] == "phong"));

    internal static Chunk Make(string text, bool newLine, bool afterBreak, bool wholeLine, int lineLength, string? foldedText = null)
    {
        var folded = foldedText ?? PhraseKit.Fold(text);
        var (penalty, strong) = Vocabulary.SchedulePieces(folded);
        return new Chunk
        {
            Text = text,
            Folded = folded,
            NewLine = newLine,
            AfterBreak = afterBreak,
            WholeLine = wholeLine,
            LineLength = lineLength,
            FirstWordLength = text.IndexOf(' ', StringComparison.Ordinal) is var sp and > 0 ? sp : text.Length,
            Start = Classify(text),
            UnitHead = Vocabulary.StartsWithUnitName(folded),
            RoleLabel = folded.StartsWith("chu tri:", StringComparison.Ordinal) || folded.StartsWith("phoi hop:", StringComparison.Ordinal),
            OutputHead = Vocabulary.StartsWithOutput(folded),
            EndsWithSeparator = text[^1] is ',' or ';',
            EndsWithJoiner = text[^1] is '-' or '–' or '&' || BareHeads.Contains(Vocabulary.StripBullet(folded)) || folded.EndsWith(" va", StringComparison.Ordinal) || folded.EndsWith(" cua", StringComparison.Ordinal)
                             || folded.EndsWith(" cac", StringComparison.Ordinal) || folded.EndsWith(" ve", StringComparison.Ordinal)
                             || JoinerWords.Contains(folded[(folded.LastIndexOf(' ') + 1)..]),
            SchedulePenalty = penalty,
            Dated = Vocabulary.HasDate(folded) || (strong && penalty == 0),
            ScheduleStrong = strong,
        };
    }

    private static StartClass Classify(string text)
    {
        var c = text[0];
        if (c is '-' or '+' or '•' or '*' or '–')
        {
            return StartClass.Bullet;
        }

        if (char.IsDigit(c))
        {
            return StartClass.Digit;
        }

        if (char.IsLower(c))
        {
            return StartClass.Lower;
        }

        if (char.IsUpper(c))
        {
            var space = text.IndexOf(' ');
            var word = space < 0 ? text.AsSpan() : text.AsSpan(0, space);
            if (word.Length < 2)
            {
                return StartClass.Upper;
            }

            foreach (var ch in word)
            {
                if (char.IsLetter(ch) && !char.IsUpper(ch))
                {
                    return StartClass.Upper;
                }
            }

            return StartClass.Abbrev;
        }

        return StartClass.Other;
    }
}
