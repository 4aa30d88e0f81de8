using System.Globalization;

namespace ParPlan.Core.ParIndex;

/// <summary>A band's disqualifying condition <c>CODE=POINTS</c> (or <c>CODE&lt;POINTS</c>): it holds when the appraised
/// points of the code (a leaf, or the sum of a node's applicable leaves) equal (or fall below) the points.</summary>
public sealed record BandCondition(string Code, char Operator, decimal Points)
{
    public static BandCondition? Parse(string text)
    {
        var at = text.IndexOfAny(['=', '<']);
        if (at <= 0) return null;
        var code = text[..at].Trim();
        return decimal.TryParse(text[(at + 1)..].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var points) && code.Length > 0
            ? new BandCondition(code, text[at], points)
            : null;
    }

    public bool Holds(decimal points) => Operator == '<' ? points < Points : points == Points;
}
