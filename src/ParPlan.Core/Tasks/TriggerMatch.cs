using System.Text.RegularExpressions;
using ParPlan.Core.Text;

namespace ParPlan.Core.Tasks;

/// <summary>
/// Whether two conditional tasks wait for the same event: their conditions, folded (<see cref="VietText.Fold"/>), without
/// the span ("trong vòng 20 ngày"), the filler ("sau khi", "kể từ khi", "có", "ban hành", "của", "được") and punctuation,
/// hold the same words in any order. So "Sau khi có Kế hoạch của UBND tỉnh" and "Trong vòng 20 ngày sau khi UBND tỉnh ban
/// hành Kế hoạch" match; "Sau khi có hướng dẫn của UBND tỉnh" does not.
/// </summary>
public static partial class TriggerMatch
{
    /// <summary>The sorted distinct words that name the event; empty when nothing but filler is left.</summary>
    public static string Key(string? condition)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            return "";
        }

        var text = Punctuation().Replace(VietText.Fold(condition), " ");
        text = Filler().Replace(Span().Replace(text, " "), " ");
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    public static bool Same(string? a, string? b) => Key(a) is { Length: > 0 } key && key == Key(b);

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\b(?:(?:trong vong|trong|cham nhat|toi da|sau)\s+)?\d{1,4}\s+(?:ngay|thang|tuan)(?:\s+lam viec)?\b")]
    private static partial Regex Span();

    [GeneratedRegex(@"\b(?:sau khi|ke tu khi|ke tu|tu khi|sau|khi|co|ban hanh|cua|duoc)\b")]
    private static partial Regex Filler();
}
