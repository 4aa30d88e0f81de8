using System.Globalization;
using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans;

/// <summary>
/// The one formatter of import warnings for people: Vietnamese, dates dd/MM/yyyy, the subject first
/// ("Nhiệm vụ 7.1: hạn 31/12/2025 trước thời gian của kế hoạch").
/// </summary>
public static partial class ImportWarningText
{
    private static readonly Dictionary<string, string> Templates = new(StringComparer.Ordinal)
    {
        [ImportWarningCodes.HeaderNumberAndDayBlank] = "Phần đầu: chưa có số và ngày ban hành kế hoạch (dòng ghi “{0}”)",
        [ImportWarningCodes.HeaderNumberBlank] = "Phần đầu: chưa có số kế hoạch (dòng ghi “{0}”)",
        [ImportWarningCodes.HeaderDayBlank] = "Phần đầu: chưa có ngày ban hành kế hoạch (dòng ghi “{0}”)",
        [ImportWarningCodes.DuplicateRowNumber] = "số thứ tự {0} bị lặp",
        [ImportWarningCodes.NumberingGap] = "số thứ tự nhảy từ {0} lên {1}",
        [ImportWarningCodes.StatedTotal] = "Kế hoạch ghi tổng cộng {0} nhiệm vụ nhưng đọc được {1}",
        [ImportWarningCodes.GroupCount] = "Nhóm {0}: tiêu đề ghi {1} nhiệm vụ nhưng đọc được {2}",
        [ImportWarningCodes.NoTaskTable] = "Không tìm thấy bảng nhiệm vụ trong văn bản",
        [ImportWarningCodes.TargetsDisagree] = "Chỉ tiêu “{4}”: {0} ghi {1}, còn {2} ghi {3}",
        [ImportWarningCodes.ScheduleBlank] = "ô thời gian hoàn thành để trống",
        [ImportWarningCodes.ScheduleNotUnderstood] = "chưa hiểu thời hạn “{0}”",
        [ImportWarningCodes.ScheduleFailed] = "chưa hiểu thời hạn “{0}”",
        [ImportWarningCodes.ImpossibleDate] = "có ngày không tồn tại trong “{0}”",
        [ImportWarningCodes.ImpossibleDateIn] = "ngày {0} không tồn tại (thời hạn “{1}”)",
        [ImportWarningCodes.RangeReversed] = "thời hạn “{2}”: ngày kết thúc {0} trước ngày bắt đầu {1}",
        [ImportWarningCodes.BeforePlanDate] = "hạn {0} trước ngày ban hành kế hoạch {1}",
        [ImportWarningCodes.BeforePeriod] = "hạn {0} trước thời gian của kế hoạch",
        [ImportWarningCodes.AfterPeriod] = "hạn {0} sau thời gian của kế hoạch",
    };

    /// <summary>Whether <paramref name="code"/> has a Vietnamese text.</summary>
    public static bool Knows(string code) => Templates.ContainsKey(code);

    public static string Vietnamese(ImportWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        var args = warning.Args.Select((a, i) => (object)Arg(warning.Code, i, a)).ToArray();
        var text = Templates.TryGetValue(warning.Code, out var template)
            ? string.Format(CultureInfo.InvariantCulture, template, args)
            : "Cảnh báo khi đọc văn bản";
        return warning.Task is { } task ? $"Nhiệm vụ {task}: {text}" : text;
    }

    public static IReadOnlyList<string> Vietnamese(IEnumerable<ImportWarning> warnings) => warnings.Select(Vietnamese).ToList();

    private static string Arg(string code, int index, string value)
    {
        if (code == ImportWarningCodes.TargetsDisagree && index is 0 or 2)
        {
            value = value == "body" ? "phần nội dung" : value.StartsWith("body ", StringComparison.Ordinal) ? "phần nội dung, mục " + value[5..]
                : value.StartsWith("task ", StringComparison.Ordinal) ? "nhiệm vụ " + value[5..] : value;
        }

        var dated = IsoDate().Replace(value, m => $"{m.Groups[3].Value}/{m.Groups[2].Value}/{m.Groups[1].Value}");
        return dated.Replace(">=", "≥", StringComparison.Ordinal).Replace("<=", "≤", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b")]
    private static partial Regex IsoDate();
}
