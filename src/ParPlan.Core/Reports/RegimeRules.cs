using ParPlan.Core.Labels;

namespace ParPlan.Core.Reports;

/// <summary>
/// What a regime must satisfy before the standing agency may save it, each failure a Vietnamese sentence saying what to
/// fix: a name and a receiving body; at least one level of government it applies to, each a government level;
/// known outline and annex templates; per period a label, a window whose first day is
/// not after its last day and that spans at most a year, at least one due date, no due date before the window's last
/// day, and no step due after the step it feeds (a unit before its standing agency, before its UBND, before the upper
/// level).
/// </summary>
public static class RegimeRules
{
    /// <summary>The year the checks compute dates in (any year works: rules are day-and-month with offsets).</summary>
    private const int SampleYear = 2026;

    public static IReadOnlyList<string> Validate(ReportingRegime regime)
    {
        ArgumentNullException.ThrowIfNull(regime);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(regime.Name))
        {
            errors.Add("Nhập tên chế độ báo cáo.");
        }

        if (string.IsNullOrWhiteSpace(regime.ReceivingBody))
        {
            errors.Add("Nhập cơ quan nhận báo cáo.");
        }

        if (regime.AppliesTo is not { Count: > 0 })
        {
            errors.Add("Chọn ít nhất một cấp chính quyền áp dụng chế độ báo cáo (cấp tỉnh, cấp huyện hoặc cấp xã).");
        }
        else if (regime.AppliesTo.Any(l => !DefaultRegimes.ReportingLevels.Contains(l)))
        {
            errors.Add("Chế độ báo cáo chỉ áp dụng cho cấp tỉnh, cấp huyện hoặc cấp xã; cơ quan chuyên môn báo cáo theo chế độ của chính quyền mình.");
        }

        if (!ReportTemplateLabels.IsOutline(regime.Outline.Default))
        {
            errors.Add("Chọn đề cương báo cáo trong danh sách.");
        }

        if (!ReportTemplateLabels.IsAnnex(regime.Annex.Default) || (regime.Annex.ByUnitType?.Values.Any(k => !ReportTemplateLabels.IsAnnex(k)) ?? false))
        {
            errors.Add("Chọn mẫu phụ lục số liệu trong danh sách.");
        }

        if (regime.Periods.Count == 0)
        {
            errors.Add("Chế độ báo cáo cần ít nhất một kỳ báo cáo.");
        }

        foreach (var period in regime.Periods)
        {
            errors.AddRange(Validate(period));
        }

        return errors;
    }

    public static IReadOnlyList<string> Validate(RegimePeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var errors = new List<string>();
        var name = string.IsNullOrWhiteSpace(period.LabelFormat) ? period.Key : period.Label(SampleYear);
        var prefix = $"Kỳ «{name}»: ";
        if (string.IsNullOrWhiteSpace(period.LabelFormat))
        {
            errors.Add(prefix + "nhập tên kỳ báo cáo (ví dụ «Quý I/{0}», {0} là năm).");
        }

        if (!period.WindowFrom.IsValid || !period.WindowTo.IsValid)
        {
            errors.Add(prefix + "ngày bắt đầu và ngày kết thúc kỳ số liệu phải là ngày có thật, dạng ngày/tháng (ví dụ 15/12).");
            return errors;
        }

        var from = period.WindowFrom.In(SampleYear);
        var to = period.WindowTo.In(SampleYear);
        if (from > to)
        {
            errors.Add(prefix + $"ngày bắt đầu kỳ số liệu ({period.WindowFrom.Text}) phải trước hoặc trùng ngày kết thúc ({period.WindowTo.Text}).");
        }
        else if (to.DayNumber - from.DayNumber > 366)
        {
            errors.Add(prefix + $"kỳ số liệu từ {period.WindowFrom.Text} đến {period.WindowTo.Text} dài quá một năm; sửa ngày bắt đầu hoặc ngày kết thúc.");
        }

        if (period.Dues.Count == 0)
        {
            errors.Add(prefix + "nhập ít nhất một hạn gửi báo cáo.");
            return errors;
        }

        DueRule? above = null;
        ReportLevel aboveLevel = default;
        foreach (var level in Enumerable.Reverse(Enum.GetValues<ReportLevel>()))
        {
            if (!period.Dues.TryGetValue(level, out var rule))
            {
                continue;
            }

            var levelName = ReportLevelLabels.Label(level);
            if (!rule.Date.IsValid)
            {
                errors.Add(prefix + $"hạn gửi ở bước «{levelName}» phải là ngày có thật, dạng ngày/tháng (ví dụ 20/03).");
                continue;
            }

            if (rule.LastDay(SampleYear) < to)
            {
                errors.Add(prefix + $"hạn gửi ở bước «{levelName}» ({Due(rule)}) phải sau ngày kết thúc kỳ số liệu ({period.WindowTo.Text}); sửa hạn gửi hoặc kỳ số liệu.");
            }

            if (above is not null && rule.LastDay(SampleYear) > above.LastDay(SampleYear))
            {
                errors.Add(prefix + $"hạn gửi ở bước «{levelName}» ({Due(rule)}) không được muộn hơn hạn ở bước «{ReportLevelLabels.Label(aboveLevel)}» ({Due(above)}).");
            }

            above = rule;
            aboveLevel = level;
        }

        return errors;
    }

    private static string Due(DueRule rule) => (rule.Before ? "trước ngày " : "chậm nhất ngày ") + rule.Date.Text;
}
