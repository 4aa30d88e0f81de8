namespace ParPlan.Core.Plans.Import;

/// <summary>One text line of a row read block by block: its words, their folded forms and the document's ids for them.</summary>
internal sealed class BlockLine
{
    public BlockLine(string text, WordPairs pairs)
    {
        Words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Folded = Words.Select(PhraseKit.Fold).ToArray();
        Ids = Words.Select(pairs.Id).ToArray();
        Bonds = Enumerable.Range(0, Count).Select(i => i == 0 ? 0 : pairs.Bond(Ids[i - 1], Ids[i])).ToArray();
        UnitAt = Enumerable.Range(0, Count).Select(i => Opens(Words[i]) && Vocabulary.StartsWithUnit(FoldedText(i, Math.Min(Count, i + 3)))).ToArray();
        TimeAt = Enumerable.Range(0, Count).Select(i => Opens(Words[i]) && Timeish(FoldedText(i, Math.Min(Count, i + 3)))).ToArray();
    }

    public string[] Words { get; }
    public string[] Folded { get; }
    public int[] Ids { get; }
    public double[] Bonds { get; }

    /// <summary>Where a unit name may begin ("Phòng …", "Văn phòng …", "Công an …").</summary>
    public bool[] UnitAt { get; }

    /// <summary>Where a deadline may begin ("Quý III/2027", "Trước ngày …", "Thường xuyên").</summary>
    public bool[] TimeAt { get; }

    public int Count => Words.Length;

    /// <summary>The costs of this line's pieces, weighed once for all the readings that try them (a row is read once
    /// per column order and per state of the beam).</summary>
    public Dictionary<long, double> PieceCosts { get; } = [];

    public string Text(int from, int to) => string.Join(' ', Words[from..to]);

    public int Length(int from, int to) => Words[from..to].Sum(w => w.Length) + to - from - 1;

    public string FoldedText(int from, int to) => string.Join(' ', Folded[from..to]);

    /// <summary>Where a piece may start: a line of a table's cells is short, so a long line is cut only where a unit or a deadline opens.</summary>
    public bool MayCut(int at) => Count > 24 ? UnitAt[at] || TimeAt[at] : Opens(Words[at]) || (Count <= 16 && Bonds[at] < 0.3);

    /// <summary>A piece ending at <paramref name="to"/> waits for more: a dash, a joining word, a comma.</summary>
    public bool Waits(int to) => Folded[to - 1] is "-" or "va" or "&" or "cua" or "cac" or "thuoc" or "tai" or "ve" || Words[to - 1][^1] is ',' or '-';

    /// <summary>Cutting a line in two costs, more so inside a pair of words the document repeats.</summary>
    public double CutCost(int at) => 0.3 + (0.3 * Bonds[at]) + (Opens(Words[at]) ? 0 : 0.5) - (UnitAt[at] || TimeAt[at] ? 0.2 : 0);

    /// <summary>A piece of a merged line starts with a capital, a figure, a bracket or a dash: a cell's line starting in lower case goes on a wrap.</summary>
    public static bool Opens(string word) => !char.IsLower(word[0]);

    public static bool Timeish(string folded) => Vocabulary.HasDate(folded) || Vocabulary.StartsWithSchedule(folded)
        || (folded.Length >= 4 && Array.Exists(HeadsCut, h => h.StartsWith(folded, StringComparison.Ordinal)));

    /// <summary>Deadlines whose words a narrow column prints on two lines ("Thường" / "xuyên").</summary>
    private static readonly string[] HeadsCut = ["thuong xuyen", "trong nam", "truoc ngay", "hang nam", "hang quy", "ca nam", "dinh ky", "theo ke hoach", "theo quy dinh"];
}

/// <summary>What a piece of a line costs in a column: how well it opens the cell, or goes on with it.</summary>
internal static class BlockPieceCost
{
    public static double Of(Col col, BlockLine line, int from, int to, int lastWord, bool separated, WordPairs pairs)
    {
        var open = lastWord < 0;
        var key = (((((long)col * 2) + (open ? 1 : 0)) * 2 + (separated ? 1 : 0)) << 40) | ((long)from << 20) | (uint)to;
        if (!line.PieceCosts.TryGetValue(key, out var cost))
        {
            cost = Alone(col, line, from, to, open, separated);
            line.PieceCosts[key] = cost;
        }

        return open ? cost : cost - (0.4 * pairs.Bond(lastWord, line.Ids[from]));
    }

    /// <summary>The piece's cost in the column, before its bond with the cell's last word.</summary>
    private static double Alone(Col col, BlockLine line, int from, int to, bool open, bool separated)
    {
        var first = line.Words[from];
        var lower = char.IsLower(first[0]);
        var folded = line.FoldedText(from, to);
        return col switch
        {
            Col.Title or Col.Objective or Col.Activity => Text(line, from, to, open, lower, folded),
            Col.Lead or Col.Support => Unit(line, from, to, open, lower, separated, folded),
            Col.Time => Time(line, from, open, lower, folded),
            Col.Output => (open ? (Vocabulary.StartsWithOutput(folded) ? 0 : lower ? 4 : 0.8) : lower ? 0 : 0.4)
                          + (line.UnitAt[from] ? 0.8 : 0) + (line.TimeAt[from] && !Vocabulary.StartsWithOutput(folded) ? 1 : 0),
            Col.Funding => open ? (Vocabulary.StartsWithFunding(folded) ? 0 : lower ? 4 : 1.2) : lower ? 0 : 0.4,
            _ => open ? (lower ? 4 : 1.5) : 0.3,
        };
    }

    private static double Text(BlockLine line, int from, int to, bool open, bool lower, string folded)
    {
        var cost = open ? (lower ? 2.5 : 0) : (lower ? 0 : 0.4) + (line.UnitAt[from] || line.TimeAt[from] ? 0.8 : 0);
        var (penalty, strong) = Vocabulary.SchedulePieces(folded);
        if (strong && penalty == 0)
        {
            cost += 1.2; // a bare deadline
        }

        for (var i = from + 1; i < to; i++)
        {
            if ((line.UnitAt[i] || line.TimeAt[i]) && char.IsLower(line.Words[i - 1][0]))
            {
                cost += 0.4; // a unit name or a deadline opening in the middle of a task's text
            }
        }

        return cost;
    }

    private static double Unit(BlockLine line, int from, int to, bool open, bool lower, bool separated, string folded)
    {
        var head = line.UnitAt[from];
        var abbreviation = folded.StartsWith("ubnd", StringComparison.Ordinal) || folded.StartsWith("hdnd", StringComparison.Ordinal)
            || folded.StartsWith("mttq", StringComparison.Ordinal);
        var cost = open ? (head ? (abbreviation ? 0.3 : 0) : lower ? 4 : 1.5) : head && !abbreviation ? (separated ? 0.1 : 0.9) : lower ? 0 : 0.3;
        for (var i = from + 1; i < to; i++)
        {
            if (line.UnitAt[i] && !line.Folded[i].StartsWith("ubnd", StringComparison.Ordinal) && !line.Folded[i].StartsWith("hdnd", StringComparison.Ordinal)
                && line.Folded[i - 1] is not ("va" or "&" or "cua" or "thuoc") && line.Words[i - 1][^1] is not (',' or ';'))
            {
                cost += 0.5; // a second unit name running on in one piece ("Phòng Văn hóa - Văn phòng")
            }
        }

        if (Vocabulary.HasDate(folded))
        {
            cost += 3;
        }
        else if (line.TimeAt[from] && !head)
        {
            cost += 1;
        }

        return cost + (0.3 * Math.Max(0, to - from - 7));
    }

    private static double Time(BlockLine line, int from, bool open, bool lower, string folded)
    {
        var timeish = BlockLine.Timeish(folded);
        var cost = open ? (timeish ? 0 : Vocabulary.ScheduleStartsFree(folded) ? 0.3 : lower ? 4 : 1.5) : lower || char.IsDigit(line.Words[from][0]) ? 0 : 0.5;
        var (penalty, _) = Vocabulary.SchedulePieces(folded);
        cost -= 0.4 * penalty;
        if (line.UnitAt[from] && !timeish)
        {
            cost += 1.5;
        }

        return cost;
    }
}
