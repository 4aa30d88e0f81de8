using ParPlan.Core.Schedules;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// A deadline cell left open ("Trước", "Quý I,", "Tháng 3 và tháng") whose end was read into the notes column next to
/// it ("31/01/2027", "II/2027"): the two read together when that makes a deadline the open part alone is not.
/// </summary>
internal static class TimeNoteSpill
{
    private static readonly string[] OpenEnds = [",", " va", " va thang", " thang", " quy", " den", " ngay", "-", "truoc", "quy", "thang"];

    public static string Join(SubRow row, Schedule alone)
    {
        var time = row.Cell(Col.Time);
        if (time.Length == 0 || !row.Cells.TryGetValue(Col.Note, out var notes) || notes.Count == 0)
        {
            return time;
        }

        var first = notes[0].Trim();
        var folded = PhraseKit.Fold(time).TrimEnd();
        var open = alone.Kind is ScheduleKind.Reference or ScheduleKind.None || OpenEnds.Any(e => folded.EndsWith(e, StringComparison.Ordinal));
        return open && first.Length is > 0 and <= 24 && (char.IsDigit(first[0]) || first[0] is 'I' or 'V' or 'X')
            ? time + " " + first
            : time;
    }
}
