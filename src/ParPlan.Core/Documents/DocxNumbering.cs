using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParPlan.Core.Documents;

/// <summary>
/// Word's automatic list numbers, counted in document order the way Word shows them ("1.", "2.", "I", "a)"), so a TT
/// column numbered by a list (no number in the text) still numbers its rows. Level counters restart below a level that
/// moves on; formats decimal, Roman and letters; other formats give no label.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> _abstractOf = [];
    private readonly Dictionary<(int Abstract, int Level), (int Start, string Format, string Text)> _levels = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxNumbering(NumberingDefinitionsPart? part)
    {
        var numbering = part?.Numbering;
        if (numbering is null)
        {
            return;
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } id && instance.AbstractNumId?.Val?.Value is { } abs)
            {
                _abstractOf[id] = abs;
            }
        }

        foreach (var abs in numbering.Elements<AbstractNum>())
        {
            if (abs.AbstractNumberId?.Value is not { } absId)
            {
                continue;
            }

            foreach (var level in abs.Elements<Level>())
            {
                var index = level.LevelIndex?.Value ?? 0;
                var format = level.NumberingFormat?.Val?.InnerText ?? "decimal";
                _levels[(absId, index)] = (level.StartNumberingValue?.Val?.Value ?? 1, format, level.LevelText?.Val?.Value ?? $"%{index + 1}.");
            }
        }
    }

    /// <summary>Advances the counters for a numbered paragraph and returns its label; null for a paragraph without a list number.</summary>
    public string? Next(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties?.NumberingProperties;
        if (props?.NumberingId?.Val?.Value is not { } numId || numId == 0 || !_abstractOf.TryGetValue(numId, out var abs))
        {
            return null;
        }

        var level = Math.Clamp(props.NumberingLevelReference?.Val?.Value ?? 0, 0, 8);
        if (!_counters.TryGetValue(abs, out var counters))
        {
            _counters[abs] = counters = new int[9];
        }

        counters[level] = counters[level] == 0 ? Start(abs, level) : counters[level] + 1;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = 0;
        }

        if (!_levels.TryGetValue((abs, level), out var def))
        {
            return counters[level].ToString(CultureInfo.InvariantCulture);
        }

        var label = def.Text;
        for (var l = 0; l <= level; l++)
        {
            var format = _levels.TryGetValue((abs, l), out var d) ? d.Format : "decimal";
            var value = counters[l] == 0 ? Start(abs, l) : counters[l];
            label = label.Replace($"%{l + 1}", Format(value, format), StringComparison.Ordinal);
        }

        return label.Trim();
    }

    private int Start(int abs, int level) => _levels.TryGetValue((abs, level), out var d) ? d.Start : 1;

    private static string Format(int value, string format) => format switch
    {
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => value is >= 1 and <= 26 ? ((char)('A' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture),
        "lowerLetter" => value is >= 1 and <= 26 ? ((char)('a' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture),
        "bullet" or "none" => "",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Roman(int value)
    {
        string[] romans = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];
        return value is > 0 and < 16 ? romans[value] : value.ToString(CultureInfo.InvariantCulture);
    }
}
