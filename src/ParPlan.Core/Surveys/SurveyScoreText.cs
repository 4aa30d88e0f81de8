using System.Globalization;
using ParPlan.Core.Text;

namespace ParPlan.Core.Surveys;

/// <summary>Reads a score cell of a survey file: a whole number, or on a five-point scale the usual wording ("Rất hài
/// lòng" = 5, "Hài lòng" = 4, "Bình thường" = 3, "Không hài lòng" = 2, "Rất không hài lòng" = 1). An empty cell is no
/// answer.</summary>
public static class SurveyScoreText
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["rat hai long"] = 5, ["hai long"] = 4, ["binh thuong"] = 3, ["khong hai long"] = 2, ["rat khong hai long"] = 1,
    };

    /// <summary>True with the score (null for an empty cell); false when the cell is neither a number nor a known wording.</summary>
    public static bool TryParse(string? cell, int scaleMax, out int? score)
    {
        score = null;
        var text = cell?.Trim() ?? "";
        if (text.Length == 0) return true;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
            && number is >= int.MinValue and <= int.MaxValue)
        {
            score = (int)number;
            return true;
        }

        if (scaleMax == 5 && Words.TryGetValue(VietText.Fold(text), out var word))
        {
            score = word;
            return true;
        }

        return false;
    }
}
