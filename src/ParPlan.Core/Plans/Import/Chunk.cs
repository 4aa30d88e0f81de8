namespace ParPlan.Core.Plans.Import;

internal enum StartClass { Lower, Upper, Abbrev, Bullet, Digit, Other }

/// <summary>A line of a flattened row, or a piece of one cut where a cue word (unit, product, deadline) starts mid-line.</summary>
internal sealed class Chunk
{
    private static readonly HashSet<string> NoSplitAfter = new(StringComparer.Ordinal)
    {
        "cua", "va", "cac", "voi", "cho", "tai", "den", "tu", "theo", "ve", "tren", "o", "thuoc", "la", "hoac", "nhu", "trong", "giua", "do", "boi",
        "tham", "vien", "can", "bo", "phong", "ban", "ke", "bao", "quyet", "nghi", "van", "cong",
    };

    public required string Text { get; init; }
    public required string Folded { get; init; }
    public bool NewLine { get; init; }
    public bool AfterBreak { get; init; }
    public bool WholeLine { get; init; }
    public int FirstWordLength { get; init; }
    public StartClass Start { get; init; }

    /// <summary>The piece ends with a word or sign that cannot end a cell ("-", "&amp;", ",", "và", "của"): the next line continues it.</summary>
    public bool EndsWithJoiner { get; init; }

    /// <summary>The piece opens like a unit name / like a product (vocabulary heads).</summary>
    public bool UnitHead { get; init; }

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

    /// <summary>Fills <see cref="Openings"/> of every piece.</summary>
    public static void SetOpenings(List<Chunk> chunks)
    {
        for (var j = 0; j < chunks.Count; j++)
        {
            var prefix = "";
            for (var k = 0; k < 3; k++)
            {
                if (j + k < chunks.Count && prefix.Length < 40)
                {
                    prefix = prefix.Length == 0 ? chunks[j + k].Folded : prefix + " " + chunks[j + k].Folded;
                    chunks[j].Openings[k] = StartFlags.Of(prefix);
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
            for (var t = 1; t <= tokens.Length; t++)
            {
                if (t < tokens.Length && !IsCut(tokens, folded, t))
                {
                    continue;
                }

                var piece = string.Join(' ', tokens[startToken..t]);
                result.Add(Make(piece, startToken == 0, startToken == 0 && afterBreak, startToken == 0 && t == tokens.Length));
                startToken = t;
            }
        }

        return result;
    }

    private static bool IsCut(string[] tokens, string[] folded, int t)
    {
        var token = tokens[t];
        if (token.Length == 0 || tokens[t - 1].EndsWith(',') || NoSplitAfter.Contains(folded[t - 1].TrimEnd(',', ';', '.')))
        {
            return false;
        }

        if (!(char.IsUpper(token[0]) || token == "-" || (token[0] == '(' && token.Length > 1 && char.IsUpper(token[1]))))
        {
            return false;
        }

        if (NoSplitAfter.Contains(folded[t - 1]))
        {
            return false;
        }

        var rest = string.Join(' ', folded[t..Math.Min(folded.Length, t + 4)]);
        return Vocabulary.StartsWithUnit(rest) || Vocabulary.StartsWithOutput(rest) || Vocabulary.StartsWithSchedule(rest);
    }

    private static Chunk Make(string text, bool newLine, bool afterBreak, bool wholeLine)
    {
        var folded = PhraseKit.Fold(text);
        var (penalty, strong) = Vocabulary.SchedulePieces(folded);
        return new Chunk
        {
            Text = text,
            Folded = folded,
            NewLine = newLine,
            AfterBreak = afterBreak,
            WholeLine = wholeLine,
            FirstWordLength = text.IndexOf(' ', StringComparison.Ordinal) is var sp and > 0 ? sp : text.Length,
            Start = Classify(text),
            UnitHead = Vocabulary.StartsWithUnit(folded),
            OutputHead = Vocabulary.StartsWithOutput(folded),
            EndsWithSeparator = text[^1] is ',' or ';',
            EndsWithJoiner = text[^1] is '-' or '–' or '&' || folded.EndsWith(" va", StringComparison.Ordinal) || folded.EndsWith(" cua", StringComparison.Ordinal)
                             || folded.EndsWith(" cac", StringComparison.Ordinal) || folded.EndsWith(" ve", StringComparison.Ordinal),
            SchedulePenalty = penalty,
            Dated = Vocabulary.HasDate(folded),
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
            var word = text.Split(' ')[0];
            return word.Length >= 2 && word.Where(char.IsLetter).All(char.IsUpper) ? StartClass.Abbrev : StartClass.Upper;
        }

        return StartClass.Other;
    }
}

/// <summary>Scores one candidate cell (chunks j..i of a row in one column) incrementally as it grows by one chunk.</summary>
internal struct CellScorer
{
    private readonly Col _col;
    private readonly List<Chunk> _chunks;
    private readonly int _start;
    private readonly double? _width;
    private double _inner;
    private double _penalty;
    private bool _strong;
    private int _length;
    private bool _dated;
    private readonly bool _continuation;
    private (bool Unit, bool Output, bool Funding, bool Free) _starts;
    private int _lineLength;
    private bool _lineInCell;
    private double _closedOverflow;
    private double _lineOverflow;

    public CellScorer(Col col, List<Chunk> chunks, int start, double? width, bool continuation = false)
    {
        _continuation = continuation;
        _lineLength = 0;
        _lineInCell = false;
        _closedOverflow = 0;
        _lineOverflow = 0;
        _dated = false;
        _starts = default;
        _col = col;
        _chunks = chunks;
        _start = start;
        _width = width;
        _inner = 0;
        _penalty = 0;
        _strong = false;
        _length = 0;
    }

    /// <summary>Adds chunk <paramref name="x"/> (the next one) and returns the score of the cell [start, x].</summary>
    public double Extend(int x)
    {
        var chunk = _chunks[x];
        _length += chunk.Text.Length + 1;
        if (_length > 700)
        {
            return -1000;
        }

        _penalty += chunk.SchedulePenalty;
        _strong |= chunk.ScheduleStrong;
        _dated |= chunk.Dated;
        if (x - _start < 3)
        {
            _starts = _chunks[_start].Openings[x - _start];
        }
        if (x > _start && chunk.NewLine)
        {
            _inner += chunk.Start switch
            {
                StartClass.Lower => 1.5,
                StartClass.Upper => -0.2,
                StartClass.Bullet => _col is Col.Time or Col.Funding or Col.Title ? -1 : 0,
                _ => 0,
            };
            var prev = _chunks[x - 1];
            if (prev.EndsWithJoiner && chunk.Start != StartClass.Lower)
            {
                _inner += chunk.Start == StartClass.Bullet ? 0 : 2;
            }

            if (prev.EndsWithSeparator && _col is Col.Lead or Col.Support or Col.Output && chunk.Start != StartClass.Lower)
            {
                _inner += 1.5;
            }

            if (_width is { } w && _lineInCell && _lineLength + 1 + chunk.FirstWordLength <= 0.8 * w)
            {
                _inner -= 3;
            }
        }

        if (x > _start)
        {
            if (_col is Col.Output && chunk.Start is StartClass.Bullet or StartClass.Upper or StartClass.Abbrev && chunk.UnitHead && !chunk.OutputHead)
            {
                _inner -= 2;
            }

            if (_col is Col.Lead or Col.Support && chunk.Start is StartClass.Bullet or StartClass.Upper && chunk.OutputHead && !chunk.UnitHead)
            {
                _inner -= 2;
            }
        }

        if (x == _start || chunk.NewLine)
        {
            _closedOverflow += _lineOverflow;
            _lineLength = chunk.Text.Length;
            _lineInCell = chunk.NewLine;
        }
        else
        {
            _lineLength += 1 + chunk.Text.Length;
        }

        _lineOverflow = _width is { } width && _lineLength > 1.25 * width + 3 ? Math.Max(-8, -2 - (3 * ((_lineLength / width) - 1.25))) : 0;

        var first = _chunks[_start];
        var score = _inner + _closedOverflow + _lineOverflow + (first.Start == StartClass.Lower && !_continuation ? -4 : 0);
        switch (_col)
        {
            case Col.Time:
                score += _length > 200 ? -10 : _starts.Free ? (_length <= 140 ? 3 : -4) : _penalty + (_strong ? 4 : _continuation ? 0 : -4);
                break;
            case Col.Funding:
                score += (_starts.Funding ? 3 : _continuation ? -1 : -6) + (_length > 80 ? -3 : 0);
                break;
            case Col.Lead:
            case Col.Support:
                score += _starts.Unit ? 2.5 : _continuation ? 0 : -3;
                if (_dated)
                {
                    score -= 3;
                }

                break;
            case Col.Output:
                score += _starts.Output ? 1.5 : _starts.Unit && !_continuation ? -2.5 : 0;
                break;
        }

        return score;
    }
}

/// <summary>Vocabulary checks on cell openings, memoised: the same few openings are scored for every column.</summary>
internal static class StartFlags
{
    [ThreadStatic]
    private static Dictionary<string, (bool Unit, bool Output, bool Funding, bool Free)>? _cache;

    public static (bool Unit, bool Output, bool Funding, bool Free) Of(string prefix)
    {
        _cache ??= new Dictionary<string, (bool, bool, bool, bool)>(StringComparer.Ordinal);
        if (_cache.Count > 20000)
        {
            _cache.Clear();
        }

        if (!_cache.TryGetValue(prefix, out var flags))
        {
            flags = (Vocabulary.StartsWithUnit(prefix), Vocabulary.StartsWithOutput(prefix), Vocabulary.StartsWithFunding(prefix), Vocabulary.ScheduleStartsFree(prefix));
            _cache[prefix] = flags;
        }

        return flags;
    }
}
