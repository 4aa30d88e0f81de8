namespace ParPlan.Core.Reports;

/// <summary>
/// The annex rows computed from the records (<see cref="RecordFigures"/>): their template definitions (direction rows for
/// dialogues, commitments, the survey, initiatives and PAR INDEX remediation; TTHC rows for feedback and late-dossier
/// apologies), which of them an agency's annex has, the rates and the counts they come from, and the prefill that puts
/// the figures in the rows the officer has not typed, marked computed.
/// </summary>
public static class RecordAnnexRows
{
    public const string Note = "Số liệu của hệ thống";

    public static IReadOnlyList<TypedAnnexRow> Definitions { get; } =
    [
        new("dialogue.held", "direction", "Số hội nghị đối thoại với người dân, doanh nghiệp tổ chức trong kỳ", "hội nghị"),
        new("dialogue.issues", "direction", "Số vấn đề nêu tại đối thoại được theo dõi trong kỳ", "vấn đề"),
        new("dialogue.closed", "direction", "Số vấn đề nêu tại đối thoại đã giải quyết xong trong kỳ", "vấn đề"),
        new("dialogue.open", "direction", "Số vấn đề nêu tại đối thoại chưa giải quyết xong đến cuối kỳ", "vấn đề"),
        new("dialogue.overdue", "direction", "Trong đó: số vấn đề quá hạn giải quyết", "vấn đề"),
        new("commitment.signed", "direction", "Số bản cam kết thực hiện nhiệm vụ cải cách hành chính đã ký trong năm", "bản"),
        new("commitment.reported", "direction", "Số bản cam kết đã có báo cáo kết quả thực hiện", "bản"),
        new("survey.sectors", "direction", "Số lĩnh vực được khảo sát sự hài lòng trong năm (có mức tối thiểu)", "lĩnh vực"),
        new("survey.below-floor", "direction", "Số lĩnh vực có chỉ số hài lòng dưới mức tối thiểu", "lĩnh vực"),
        new("initiative.proposed", "direction", "Số sáng kiến cải cách hành chính được đề xuất trong kỳ", "sáng kiến"),
        new("initiative.recognised", "direction", "Số sáng kiến được công nhận trong kỳ", "sáng kiến"),
        new("par.proposed", "direction", "Số đề xuất khắc phục hạn chế sau công bố Chỉ số cải cách hành chính", "đề xuất"),
        new("par.accepted", "direction", "Số đề xuất khắc phục đã đưa vào kế hoạch thành nhiệm vụ", "nhiệm vụ"),
        new("par.done", "direction", "Số nhiệm vụ khắc phục đã hoàn thành", "nhiệm vụ"),
        new("procedures.feedback", "procedures", "Số phản ánh, kiến nghị tiếp nhận trong kỳ", "phản ánh, kiến nghị"),
        new("feedback.within", "procedures", "Trong đó: số phản ánh, kiến nghị thuộc thẩm quyền giải quyết", "phản ánh, kiến nghị"),
        new("feedback.handled", "procedures", "Số phản ánh, kiến nghị thuộc thẩm quyền đã xử lý xong", "phản ánh, kiến nghị"),
        new("feedback.on-time", "procedures", "Số phản ánh, kiến nghị xử lý đúng hạn, trước hạn", "phản ánh, kiến nghị"),
        new("feedback.unsatisfied", "procedures", "Số phản ánh, kiến nghị bị đánh giá không hài lòng hoặc xử lý quá hạn", "phản ánh, kiến nghị"),
        new("feedback.on-time-rate", "procedures", "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn, trước hạn", "%"),
        new("feedback.satisfaction-rate", "procedures", "Tỷ lệ hài lòng với việc xử lý phản ánh, kiến nghị", "%"),
        new("late.dossiers", "procedures", "Số hồ sơ trễ hạn trong kỳ (hoàn thành quá hạn hoặc quá hạn cuối kỳ)", "hồ sơ"),
        new("late.apologised", "procedures", "Số hồ sơ trễ hạn đã có giải trình và văn bản xin lỗi", "hồ sơ"),
    ];

    /// <summary>The rows an agency's annex has: its own feedback, late dossiers, the dialogue issues it leads, its
    /// initiatives and commitments and the remediation tasks it leads (no dialogue held, no survey).</summary>
    public static IReadOnlyList<string> AgencyCodes { get; } = Definitions.Select(d => d.Code)
        .Where(c => c is not ("dialogue.held" or "survey.sectors" or "survey.below-floor")).ToList();

    /// <summary>Each rate row and the count rows it is computed from: numerator ÷ denominator × 100, or, when
    /// <c>Complement</c>, (denominator − numerator) ÷ denominator × 100. A consolidation recomputes it from the summed
    /// counts, never averaging.</summary>
    public static IReadOnlyDictionary<string, (string Numerator, string Denominator, bool Complement)> Ratios { get; } =
        new Dictionary<string, (string, string, bool)>(StringComparer.Ordinal)
        {
            ["feedback.on-time-rate"] = ("feedback.on-time", "feedback.within", false),
            ["feedback.satisfaction-rate"] = ("feedback.unsatisfied", "feedback.within", true),
        };

    /// <summary>The rate of <paramref name="code"/> from its counts, 2 decimals; null without a denominator.</summary>
    public static decimal? Rate(string code, decimal numerator, decimal denominator) =>
        denominator == 0 || !Ratios.TryGetValue(code, out var r) ? null
            : Math.Round(100m * (r.Complement ? denominator - numerator : numerator) / denominator, 2, MidpointRounding.AwayFromZero);

    /// <summary>The rows with the figures put in those the officer has not typed (value empty), each marked computed with
    /// the note "Số liệu của hệ thống"; a figure whose source does not apply, or a rate without a denominator, stays
    /// empty and typeable.</summary>
    public static IReadOnlyList<TypedAnnexRow> Prefill(IEnumerable<TypedAnnexRow> rows, RecordFigures figures)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(figures);
        var values = Values(figures);
        return rows.Select(r => r.Value is null && values.TryGetValue(r.Code, out var v) && v is { } value
            ? r with { Value = value, Note = Note, Computed = true }
            : r).ToList();
    }

    /// <summary>Every figure by row code (null where it cannot be given).</summary>
    public static IReadOnlyDictionary<string, decimal?> Values(RecordFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var v = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        if (figures.Dialogues is { } d)
        {
            (v["dialogue.held"], v["dialogue.issues"], v["dialogue.closed"], v["dialogue.open"], v["dialogue.overdue"]) = (d.Held, d.Issues, d.Closed, d.Open, d.Overdue);
        }

        if (figures.Commitments is { } c) (v["commitment.signed"], v["commitment.reported"]) = (c.Signed, c.Reported);
        if (figures.Survey is { } s) (v["survey.sectors"], v["survey.below-floor"]) = (s.Sectors, s.BelowFloor.Count);
        if (figures.Initiatives is { } i) (v["initiative.proposed"], v["initiative.recognised"]) = (i.Proposed, i.Recognised);
        if (figures.Remediation is { } p) (v["par.proposed"], v["par.accepted"], v["par.done"]) = (p.Proposed, p.Accepted, p.Done);
        if (figures.Feedback is { } f)
        {
            v["procedures.feedback"] = f.Total + f.OutsideCompetence;
            v["feedback.within"] = f.Total;
            v["feedback.handled"] = f.Total - f.Open;
            v["feedback.on-time"] = f.OnTime;
            v["feedback.unsatisfied"] = f.UnsatisfiedOrOverdue;
            v["feedback.on-time-rate"] = f.OnTimeRate;
            v["feedback.satisfaction-rate"] = f.SatisfactionRate;
        }

        if (figures.Apologies is { } a) (v["late.dossiers"], v["late.apologised"]) = (a.Late, a.Handled);
        return v;
    }
}
