using ParPlan.Core.Plans;

namespace ParPlan.Core.Indicators;

/// <summary>
/// Evaluates actuals against plan targets per the contract comparators (<c>&gt;=</c>, <c>&gt;</c>, <c>=</c>,
/// <c>&lt;=</c>, <c>&lt;</c>, <c>reduce-by</c>). Met when the comparator holds; otherwise at risk when short by no more
/// than the margin or while the period is still running, and missed once it is over.
/// A running cumulative target is judged on its projection (actual ÷ elapsed share): met when on track,
/// at risk when trending short; an at-most count already exceeded is missed.
/// </summary>
public static class TargetAttainment
{
    /// <summary>The targets for a unit of <paramref name="level"/>: those with that level, else those without a level.</summary>
    public static IReadOnlyList<PlanTarget> ForLevel(IEnumerable<PlanTarget> targets, GovernmentLevel level)
    {
        var list = targets.ToList();
        var exact = list.Where(t => t.Level == level).ToList();
        return exact.Count > 0 ? exact : list.Where(t => t.Level is null).ToList();
    }

    /// <summary>
    /// Evaluates a set of targets on one indicator (floor and/or stretch, possibly per level) for a unit of
    /// <paramref name="level"/>. The status comes from the floor (the non-stretch target, the strictest if several);
    /// the stretch is reported in <see cref="AttainmentResult.StretchReached"/>.
    /// </summary>
    public static AttainmentResult Evaluate(IEnumerable<PlanTarget> targets, GovernmentLevel level, decimal? actual,
        AttainmentOptions? options = null)
    {
        var applicable = ForLevel(targets, level);
        if (applicable.Count == 0) return new AttainmentResult(AttainmentStatus.NoData, null, actual) { Note = "Không có chỉ tiêu cho cấp này." };
        var floors = applicable.Where(t => !t.Stretch).Select(t => Evaluate(t, actual, options)).ToList();
        var stretch = applicable.Where(t => t.Stretch).Select(t => Evaluate(t, actual, options)).ToList();
        var primary = floors.Count > 0 ? floors.OrderBy(r => Rank(r.Status)).First() : stretch[0];
        if (stretch.Count == 0 || floors.Count == 0) return primary;
        var s = stretch[0];
        bool reached = s.Status == AttainmentStatus.Met;
        var note = primary.Status == AttainmentStatus.Met && !reached ? primary.Note + " Chưa đạt mức phấn đấu." : primary.Note;
        return primary with { StretchReached = s.Status == AttainmentStatus.NoData ? null : reached, StretchTarget = s.Target, Note = note };
    }

    private static int Rank(AttainmentStatus s) => s switch
    {
        AttainmentStatus.Missed => 0, AttainmentStatus.AtRisk => 1, AttainmentStatus.NoData => 2, _ => 3,
    };

    /// <summary>Evaluates one target.</summary>
    public static AttainmentResult Evaluate(PlanTarget target, decimal? actual, AttainmentOptions? options = null)
    {
        options ??= new AttainmentOptions();
        var result = new AttainmentResult(AttainmentStatus.NoData, target, actual);
        if (actual is not { } a) return result with { Note = "Chưa có số liệu." };
        bool percent = target.Unit.Trim() == "%";
        decimal required = target.Value;
        decimal measured = a;
        string cmp = target.Comparator.Trim();
        if (cmp == Comparators.ReduceBy)
        {
            if (options.Baseline is not { } b || (percent && b == 0))
                return result with { Note = "Thiếu giá trị năm gốc để đánh giá chỉ tiêu giảm." };
            measured = percent ? (b - a) / b * 100m : b - a;
            cmp = Comparators.AtLeast;
        }
        bool met = Holds(cmp, measured, required);
        decimal shortfall = cmp switch
        {
            Comparators.AtLeast or Comparators.MoreThan => required - measured,
            Comparators.AtMost or Comparators.LessThan => measured - required,
            Comparators.Equal => Math.Abs(measured - required),
            _ => throw new ArgumentException($"Phép so sánh không hợp lệ: '{target.Comparator}'.", nameof(target)),
        };
        result = result with { Measured = measured, Shortfall = shortfall };
        bool running = options.ElapsedShare is { } e && e > 0 && e < 1;
        bool cumulative = options.Cumulative ?? !percent;
        if (running && cumulative && target.Comparator.Trim() != Comparators.ReduceBy)
        {
            decimal projected = measured / options.ElapsedShare!.Value;
            result = result with { Projected = projected };
            bool lowerBetter = cmp is Comparators.AtMost or Comparators.LessThan;
            if (lowerBetter && !met) return result with { Status = AttainmentStatus.Missed, Note = "Đã vượt ngưỡng tối đa." };
            if (!lowerBetter && met) return result with { Status = AttainmentStatus.Met, Note = "Đạt." };
            if (Holds(cmp, projected, required))
                return result with { Status = AttainmentStatus.Met, Note = lowerBetter ? "Đạt." : "Đúng tiến độ để đạt." };
            return result with { Status = AttainmentStatus.AtRisk, Note = "Có nguy cơ không đạt theo tiến độ hiện tại." };
        }
        if (met) return result with { Status = AttainmentStatus.Met, Note = "Đạt." };
        decimal margin = percent ? options.MarginPoints : options.MarginFraction * Math.Abs(required);
        if (shortfall <= margin) return result with { Status = AttainmentStatus.AtRisk, Note = $"Còn thiếu {shortfall:0.##}, trong biên độ cảnh báo." };
        if (running) return result with { Status = AttainmentStatus.AtRisk, Note = $"Đang thiếu {shortfall:0.##} so với chỉ tiêu; kỳ chưa kết thúc." };
        return result with { Status = AttainmentStatus.Missed, Note = $"Không đạt: thiếu {shortfall:0.##}." };
    }

    private static bool Holds(string cmp, decimal measured, decimal required) => cmp switch
    {
        Comparators.AtLeast => measured >= required,
        Comparators.MoreThan => measured > required,
        Comparators.Equal => measured == required,
        Comparators.AtMost => measured <= required,
        Comparators.LessThan => measured < required,
        _ => false,
    };
}
