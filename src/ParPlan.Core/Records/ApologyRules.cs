using ParPlan.Core.Labels;
using ParPlan.Core.Text;

namespace ParPlan.Core.Records;

/// <summary>Checks what an officer records against a late dossier, each problem a Vietnamese sentence saying what to
/// fix. A partial record is allowed (the explanation first, the letter later); a letter is all three of number, date and
/// way of sending, dated between the dossier's receipt and today.</summary>
public static class ApologyRules
{
    public const int MaxExplanation = 4000;
    public const int MaxLetterNumber = 50;

    public static IReadOnlyList<string> Check(ApologyInput input, DateOnly receivedOn, DateOnly today)
    {
        var problems = new List<string>();
        if (!input.HasExplanation && string.IsNullOrWhiteSpace(input.LetterNumber) && input.LetterDate is null && input.Method is null)
        {
            problems.Add("Nhập nội dung giải trình hoặc thông tin thư xin lỗi (số, ngày, cách gửi).");
        }

        if (input.Explanation is { Length: > MaxExplanation })
        {
            problems.Add($"Nội dung giải trình dài quá {NumberText.Count(MaxExplanation)} ký tự; rút gọn lại.");
        }

        if (input.LetterNumber is { Length: > MaxLetterNumber })
        {
            problems.Add($"Số thư xin lỗi dài quá {MaxLetterNumber} ký tự.");
        }

        if (input.Method is not null && !ApologyMethodLabels.IsKnown(input.Method))
        {
            problems.Add("Cách gửi thư xin lỗi không hợp lệ; chọn một cách trong danh sách.");
        }

        var anyLetter = !string.IsNullOrWhiteSpace(input.LetterNumber) || input.LetterDate is not null || input.Method is not null;
        if (anyLetter)
        {
            if (string.IsNullOrWhiteSpace(input.LetterNumber)) problems.Add("Nhập số của thư xin lỗi, ví dụ 12/TXL-UBND.");
            if (input.LetterDate is null) problems.Add("Nhập ngày của thư xin lỗi theo dạng ngày/tháng/năm, ví dụ 15/03/2025.");
            if (input.Method is null) problems.Add("Chọn cách gửi thư xin lỗi cho người nộp hồ sơ.");
        }

        if (input.LetterDate is { } date && date > today)
        {
            problems.Add($"Ngày thư xin lỗi ({DateText(date)}) sau hôm nay ({DateText(today)}); kiểm tra lại ngày.");
        }

        if (input.LetterDate is { } d && d < receivedOn)
        {
            problems.Add($"Ngày thư xin lỗi ({DateText(d)}) trước ngày tiếp nhận hồ sơ ({DateText(receivedOn)}); kiểm tra lại ngày.");
        }

        return problems;
    }

    private static string DateText(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
