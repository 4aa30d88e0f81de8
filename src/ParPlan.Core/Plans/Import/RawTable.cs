namespace ParPlan.Core.Plans.Import;

/// <summary>A group heading of a task table ("I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "Nội dung 2. … (07 nhiệm vụ)", "B. …").
/// <paramref name="Part"/> is the letter of the top-level part the group sits in ("A. NHIỆM VỤ TRỌNG TÂM" above the
/// Roman groups); the part's own heading is a group numbered 0 whose rows are numbered under the letter.</summary>
internal sealed record RawGroup(string Heading, AreaCode? Area, int Number, string? Letter, int? StatedCount, bool IsSubGroup, string? Part = null)
{
    /// <summary>A top-level lettered part holding rows directly, with no Roman group between.</summary>
    public bool IsPart => Part is not null && Number == 0 && Letter is null;

    /// <summary>The group's part of a task ref: "A" for a part, "7.B" for a lettered sub-group, "7" otherwise.</summary>
    public string Key => (Number == 0 ? Part : null, Letter) switch
    {
        ({ } part, null) => part,
        ({ } part, { } letter) => $"{part}.{letter}",
        (null, { } letter) => $"{Number}.{letter}",
        _ => $"{Number}",
    };

    public string RefOf(int row) => $"{Key}.{row}";
}

/// <summary>One physical row (or page-continued part of it) of a task: its cells by column, each cell as lines.</summary>
internal sealed class SubRow
{
    public Dictionary<Col, List<string>> Cells { get; } = [];

    public string Cell(Col col) => Cells.TryGetValue(col, out var lines) ? LineJoin.Join(lines) : "";

    public bool Has(Col col) => Cells.TryGetValue(col, out var lines) && lines.Any(l => !string.IsNullOrWhiteSpace(l));

    public void Append(Col col, IEnumerable<string> lines)
    {
        if (!Cells.TryGetValue(col, out var list))
        {
            Cells[col] = list = [];
        }

        list.AddRange(lines.Where(l => !string.IsNullOrWhiteSpace(l)));
    }

    public bool OnlyTitle => Cells.Where(kv => kv.Value.Count > 0).All(kv => kv.Key is Col.Title or Col.Objective or Col.Ref);
}

/// <summary>One numbered row of a task table with its continuation rows.</summary>
internal sealed class RawTask
{
    public required RawGroup Group { get; init; }
    public required int Number { get; init; }
    public List<SubRow> SubRows { get; } = [];
}

/// <summary>What a task-table reader found.</summary>
internal sealed class RawTable
{
    public List<RawGroup> Groups { get; } = [];
    public List<RawTask> Tasks { get; } = [];
    public int? StatedTotal { get; set; }
    public IReadOnlyList<Col> Columns { get; set; } = [];
    public List<ImportWarning> Warnings { get; } = [];
    /// <summary>Line indices (into the normalised line list) that belong to the table, so body parsing skips them.</summary>
    public HashSet<int> TableLines { get; } = [];
}

/// <summary>Joins the lines of one cell: one space between lines, no space where a word or code was cut ("NĐ-" + "CP").</summary>
internal static class LineJoin
{
    public static string Join(IEnumerable<string> lines) => PhraseKit.JoinLines(lines);
}
