using ParPlan.Core.Text;

namespace ParPlan.Features.Organisation;

/// <summary>The matching key for names and aliases: <see cref="VietText.Fold"/> (lower case, no diacritics, đ→d, dashes),
/// plus list punctuation unified and trailing punctuation dropped. "Phòng Văn hoá – Xã hội" and "phong van hoa - xa hoi" match.</summary>
public static class TextKey
{
    public static string For(string text)
    {
        var key = VietText.Fold(text).TrimEnd('.', ';', ':', ',').TrimEnd()
            .Replace(" -", "-", StringComparison.Ordinal).Replace("- ", "-", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal).Replace(" ;", ";", StringComparison.Ordinal);
        return key.Replace(",", ", ", StringComparison.Ordinal).Replace(";", "; ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal);
    }
}
