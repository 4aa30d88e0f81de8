namespace ParPlan.Core.Plans.Import;

/// <summary>
/// One visual line of a table row whose cells arrive interleaved (the first lines of every cell side by side, then their
/// second lines): its words, their lengths, and what a cell opening at each word would look like.
/// </summary>
internal sealed class CutLine
{
    private readonly int[] _prefix;
    private readonly WordPairs _pairs;

    /// <summary>Per word: how much it and the word before it read as one phrase of the document (<see cref="WordPairs"/>).</summary>
    private readonly double[] _bonds;

    /// <summary>Prefix counts of words that end a sentence and are followed by a lower-case word (not a cell's inside).</summary>
    private readonly int[] _breaks;

    /// <summary>Prefix sums of the words' deadline penalties (<see cref="Vocabulary.SchedulePieces"/>).</summary>
    private readonly double[] _schedule;

    /// <summary>Prefix counts of words that hold a date or a year ("15/01/2026", "2026"): not part of a unit name.</summary>
    private readonly int[] _dated;

    /// <summary>Prefix counts of words that hold a figure of two digits or more, or a share ("20%", "9001:2015"): not part of
    /// a unit name's tail (a single digit may be: "bộ phận 1 cửa").</summary>
    private readonly int[] _numeric;

    private CutLine(string[] words, WordPairs pairs)
    {
        Words = words;
        _pairs = pairs;
        Ids = new int[words.Length];
        _bonds = new double[words.Length];
        _prefix = new int[words.Length + 1];
        Starts = new StartClass[words.Length];
        Cues = new (bool, bool, bool, bool)[words.Length];
        _breaks = new int[words.Length + 1];
        _schedule = new double[words.Length + 1];
        _dated = new int[words.Length + 1];
        _numeric = new int[words.Length + 1];
        var folded = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            _prefix[i + 1] = _prefix[i] + words[i].Length;
            Starts[i] = Classify(words[i]);
            folded[i] = PhraseKit.Fold(words[i]);
            Ids[i] = pairs.Id(words[i]);
            _bonds[i] = i == 0 ? 0 : pairs.Bond(Ids[i - 1], Ids[i]);
            _schedule[i + 1] = _schedule[i] + Vocabulary.SchedulePieces(folded[i]).Penalty;
            _numeric[i + 1] = _numeric[i] + (words[i].Count(char.IsAsciiDigit) >= 3 || words[i].Contains('%', StringComparison.Ordinal) ? 1 : 0);
            _dated[i + 1] = _dated[i] + (Starts[i] == StartClass.Digit && (words[i].Contains('/', StringComparison.Ordinal) || (words[i].Length >= 4 && words[i].StartsWith("20", StringComparison.Ordinal))) ? 1 : 0);
        }

        for (var i = 0; i < words.Length; i++)
        {
            var stops = i + 1 < words.Length && words[i][^1] is '.' or ';' && Starts[i + 1] == StartClass.Lower;
            _breaks[i + 1] = _breaks[i] + (stops ? 1 : 0);
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (Starts[i] == StartClass.Lower)
            {
                continue; // a cell's first line opens with a capital, a digit, a bracket or a bullet: no cue needed
            }

            var opening = string.Join(' ', folded, i, Math.Min(4, words.Length - i));
            var dated = Starts[i] == StartClass.Digit && Vocabulary.HasDate(opening);
            Cues[i] = (Vocabulary.StartsWithUnit(opening), Vocabulary.StartsWithOutput(opening),
                dated || Vocabulary.StartsWithSchedule(opening), Vocabulary.StartsWithFunding(opening));
        }
    }

    public string[] Words { get; }

    /// <summary>The bonds between neighbouring words again, after the document's pairs were counted again.</summary>
    public void Rebond()
    {
        for (var i = 1; i < Words.Length; i++)
        {
            _bonds[i] = _pairs.Bond(Ids[i - 1], Ids[i]);
        }
    }

    /// <summary>Per column, prefix sums of the words' affinity for it (<see cref="ColumnWords"/>); null before a first reading.</summary>
    public double[][]? Affinities { get; set; }

    /// <summary>How much words [from, to) read like the column with index <paramref name="c"/> holds them.</summary>
    public double Affinity(int c, int from, int to) => Affinities is null ? 0 : Affinities[c][to] - Affinities[c][from];

    /// <summary>The last, strict reading (<see cref="InterleavedRows"/>): a unit cell's continuation holding a figure costs,
    /// a unit cell ending on a comma costs more, and the columns' learned words weigh less.</summary>
    public bool Strict { get; set; }

    /// <summary>Unit cells' continuations the table's reading doubts (<see cref="UnitContinuations"/>); null: none.</summary>
    public UnitContinuations? Doubtful { get; set; }

    /// <summary>Whether column <paramref name="c"/>'s cell, opened by a line hashed <paramref name="opening"/>, going on at
    /// word <paramref name="from"/> is a continuation the table's reading doubts.</summary>
    public bool Doubted(int c, long opening, int from) =>
        Doubtful is { } doubtful && Starts[from] == StartClass.Lower && doubtful.Doubts(c, opening, Ids[from]);

    /// <summary>A hash of words [from, to) by their ids.</summary>
    public long Hash(int from, int to)
    {
        var hash = 17L;
        for (var i = from; i < to; i++)
        {
            hash = (hash * 1_000_003) + Ids[i];
        }

        return hash;
    }

    /// <summary>The words' ids in the document's <see cref="WordPairs"/> (0: unknown).</summary>
    public int[] Ids { get; }

    /// <summary>How much a cut just before word <paramref name="at"/> would split a phrase of the document.</summary>
    public double Bond(int at) => at == 0 ? 0 : _bonds[at];

    /// <summary>How much word <paramref name="at"/> reads as the next word after the word with id <paramref name="before"/>.</summary>
    public double BondAfter(int before, int at) => _pairs.Bond(before, Ids[at]);
    public StartClass[] Starts { get; }

    /// <summary>Per word: a cell opening there reads like a unit name, a product, a deadline, a funding source.</summary>
    public (bool Unit, bool Output, bool Schedule, bool Funding)[] Cues { get; }

    public int Count => Words.Length;

    /// <summary>A deadline cell opening at word <paramref name="from"/> is a reference or condition ("Theo …", "Sau khi …").</summary>
    public bool OpensFree(int from) => Vocabulary.ScheduleStartsFree(string.Join(' ', Words, from, Math.Min(3, Count - from)).ToLowerInvariant()) || Vocabulary.ScheduleStartsFree(PhraseKit.Fold(string.Join(' ', Words, from, Math.Min(3, Count - from))));

    /// <summary>Characters of words [from, to) joined by single spaces.</summary>
    public int Length(int from, int to) => _prefix[to] - _prefix[from] + (to - from - 1);

    /// <summary>A penalty for each sentence end inside words [from, to) followed by a lower-case word ("… xã. luận;").</summary>
    public double SentenceBreaks(int from, int to) => -2.0 * (_breaks[to - 1] - _breaks[from]);

    /// <summary>How little words [from, to) read like a deadline (0: every word could be part of one).</summary>
    public double SchedulePenalty(int from, int to) => _schedule[to] - _schedule[from];

    /// <summary>Whether words [from, to) hold a date or a year.</summary>
    public bool Dated(int from, int to) => _dated[to] > _dated[from];

    /// <summary>Whether words [from, to) hold a figure or a share.</summary>
    public bool Numeric(int from, int to) => _numeric[to] > _numeric[from];

    /// <summary>Words [.., to) end on a sign or word that waits for more ("&amp;", "-", "và", "của", "các").</summary>
    public bool EndsWaiting(int to) => Words[to - 1] is "&" or "-" or "–" or "và" or "của" or "các" or "cho" or "với" or "theo" or "tại" or "trên";

    public string Text(int from, int to) => string.Join(' ', Words, from, to - from);

    /// <summary>Whether words [from, to) end a sentence or announce a list: the next line of the cell starts afresh.</summary>
    public bool Closes(int to) => Words[to - 1][^1] is '.' or ':';

    public static CutLine Of(string text) => Of(text, WordPairs.Empty);

    public static CutLine Of(string text, WordPairs pairs) => new(PhraseKit.Collapse(text).Split(' ', StringSplitOptions.RemoveEmptyEntries), pairs);

    private static StartClass Classify(string word) => word[0] switch
    {
        '-' or '+' or '•' or '*' or '–' => StartClass.Bullet,
        var c when char.IsDigit(c) => StartClass.Digit,
        var c when char.IsLower(c) => StartClass.Lower,
        var c when char.IsUpper(c) => StartClass.Upper,
        _ => StartClass.Other,
    };
}
