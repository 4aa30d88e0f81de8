namespace ParPlan.Core.Reports;

/// <summary>
/// The Vietnamese sentences that quote the records (<see cref="RecordFigures"/>) at the opening of their sections: I.1
/// dialogues and commitments, I.4 the survey's sectors below their floor, I.5 initiatives, I.6 PAR INDEX remediation,
/// II.2 (TTHC) feedback and late-dossier apologies. Counts vi-VN, rates with a decimal comma, dates dd/MM/yyyy. A source
/// that does not apply to the report's unit says nothing.
/// </summary>
public static class RecordSentences
{
    public static IEnumerable<string> For(string sectionCode, RecordFigures records, DataWindow window)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(window);
        return sectionCode switch
        {
            "I.1" => Lines(records.Dialogues is { } d ? Dialogues(d) : null, records.Commitments is { } c ? Commitments(c, window.To) : null),
            "I.4" => Lines(records.Survey is { } s ? Survey(s, window.To.Year) : null),
            "I.5" => Lines(records.Initiatives is { } i ? Initiatives(i) : null),
            "I.6" => Lines(records.Remediation is { } r ? Remediation(r, window.To) : null),
            "II.2" => Lines(records.Feedback is { } f ? Feedback(f) : null, records.Apologies is { } a ? Apologies(a) : null),
            _ => [],
        };
    }

    private static string[] Lines(params string?[] lines) => lines.OfType<string>().ToArray();

    private static string Dialogues(DialogueFigures d)
    {
        var held = d.Held is { } h ? $"Trong kỳ tổ chức {N(h)} hội nghị đối thoại với người dân, doanh nghiệp; " : "Trong kỳ, ";
        return d.Issues == 0
            ? held + "không có vấn đề nêu tại đối thoại cần theo dõi."
            : held + $"theo dõi {N(d.Issues)} vấn đề nêu tại đối thoại: đã giải quyết xong {N(d.Closed)} vấn đề, "
              + $"còn {N(d.Open)} vấn đề chưa giải quyết xong, trong đó {N(d.Overdue)} vấn đề quá hạn.";
    }

    private static string Commitments(CommitmentFigures c, DateOnly asOf) =>
        $"Đến ngày {ReportText.Date(asOf)}, đã ký {N(c.Signed)} bản cam kết thực hiện nhiệm vụ cải cách hành chính năm {asOf.Year}; "
        + $"{N(c.Reported)} bản cam kết đã có báo cáo kết quả thực hiện.";

    private static string Survey(SurveyFigures s, int year)
    {
        if (s.Campaigns == 0)
        {
            return $"Năm {year} chưa có kết quả khảo sát sự hài lòng trong hệ thống.";
        }

        var head = $"Năm {year} đã tổ chức {N(s.Campaigns)} đợt khảo sát sự hài lòng; {N(s.Sectors)} lĩnh vực được so với mức tối thiểu";
        return s.BelowFloor.Count == 0
            ? head + ", không có lĩnh vực nào dưới mức tối thiểu."
            : head + $", {N(s.BelowFloor.Count)} lĩnh vực dưới mức tối thiểu: "
              + string.Join("; ", s.BelowFloor.Select(b => $"{b.Sector} ({Pct(b.Index)}, mức tối thiểu {Pct(b.Floor)})")) + ".";
    }

    private static string Initiatives(InitiativeFigures i) =>
        $"Trong kỳ có {N(i.Proposed)} sáng kiến cải cách hành chính được đề xuất; {N(i.Recognised)} sáng kiến được công nhận.";

    private static string Remediation(RemediationFigures r, DateOnly asOf) => r.Proposed == 0
        ? $"Đến ngày {ReportText.Date(asOf)}, chưa có đề xuất khắc phục hạn chế sau công bố Chỉ số cải cách hành chính cho kế hoạch năm {asOf.Year}."
        : $"Đến ngày {ReportText.Date(asOf)}, có {N(r.Proposed)} đề xuất khắc phục hạn chế sau công bố Chỉ số cải cách hành chính cho kế hoạch năm {asOf.Year}; "
          + $"đã đưa {N(r.Accepted)} đề xuất vào kế hoạch thành nhiệm vụ, trong đó {N(r.Done)} nhiệm vụ đã hoàn thành ({ReportText.Percent(r.Done, r.Accepted)}).";

    private static string Feedback(Records.FeedbackRates f)
    {
        var received = $"Trong kỳ tiếp nhận {N(f.Total + f.OutsideCompetence)} phản ánh, kiến nghị, trong đó {N(f.Total)} phản ánh, kiến nghị thuộc thẩm quyền";
        return f.Total == 0
            ? received + "."
            : received + $"; đã xử lý xong {N(f.Total - f.Open)}, trong đó {N(f.OnTime)} đúng hạn, trước hạn; "
              + $"tỷ lệ xử lý đúng hạn, trước hạn {Pct(f.OnTimeRate!.Value)}; tỷ lệ hài lòng với việc xử lý phản ánh, kiến nghị {Pct(f.SatisfactionRate!.Value)}.";
    }

    private static string Apologies(Records.ApologyCompliance a) => a.Late == 0
        ? "Trong kỳ không có hồ sơ trễ hạn phải giải trình, xin lỗi."
        : $"Trong kỳ có {N(a.Late)} hồ sơ trễ hạn, {N(a.Handled)} hồ sơ đã có giải trình và văn bản xin lỗi ({Pct(a.Rate!.Value)}); "
          + $"còn {N(a.Lacking)} hồ sơ chưa có.";

    private static string N(long n) => ReportText.Count(n);

    private static string Pct(decimal v) => ReportText.Number(v, 2) + "%";
}
