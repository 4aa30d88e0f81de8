namespace ParPlan.Core.Plans.Import;

/// <summary>
/// The start and deadline cells of a text row ("Thời gian bắt đầu | Thời gian kết thúc") as cut: a start cell wrapped
/// over two lines ("Tháng" / "01/2027") may have been cut in two, its second line read as the deadline and the real
/// deadline as the note. When the start cell alone is no whole date, the lines of the start, deadline and note cells
/// are cut again: the shortest whole date first is the start, the next whole date the deadline, the rest the note.
/// </summary>
internal static class StartEndCells
{
    private const int MaxCellLines = 4;

    public static void Mend(SubRow row)
    {
        if (!row.Cells.TryGetValue(Col.Start, out var start) || start.Count == 0 || Vocabulary.WholeDeadline(start))
        {
            MoveOrKeep(row, start);
            return;
        }

        List<string> lines = [.. start, .. Lines(row, Col.Time), .. Lines(row, Col.Note)];
        var a = Enumerable.Range(1, Math.Min(MaxCellLines, lines.Count)).FirstOrDefault(x => Vocabulary.WholeDeadline(lines.Take(x)));
        var b = a == 0 ? 0 : Enumerable.Range(a + 1, Math.Min(MaxCellLines, lines.Count - a)).FirstOrDefault(x => Vocabulary.WholeDeadline(lines.Skip(a).Take(x - a)));
        if (b > 0)
        {
            start = lines.Take(a).ToList();
            row.Cells[Col.Time] = lines.Skip(a).Take(b - a).ToList();
            row.Cells.Remove(Col.Note);
            row.Append(Col.Note, lines.Skip(b));
        }

        MoveOrKeep(row, start);
    }

    /// <summary>One time cell printed once: a cell across the start and end columns ("Thường xuyên") is the deadline.</summary>
    private static void MoveOrKeep(SubRow row, List<string>? start)
    {
        row.Cells.Remove(Col.Start);
        if (start is { Count: > 0 } && !row.Has(Col.Time))
        {
            row.Cells.Remove(Col.Time);
            row.Append(Col.Time, start);
        }
        else if (start is { Count: > 0 })
        {
            row.Cells[Col.Start] = start;
        }
    }

    private static List<string> Lines(SubRow row, Col col) => row.Cells.TryGetValue(col, out var l) ? l : [];
}
