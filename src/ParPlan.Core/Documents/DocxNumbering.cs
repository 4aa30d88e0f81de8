using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParPlan.Core.Documents;

/// <summary>
/// Word's automatic list numbers, counted in document order the way Word shows them ("1.", "2.", "I", "a)"), so a TT
/// column numbered by a list (no number in the text) still numbers its rows. Level counters restart below a level that
/// moves on; formats decimal, Roman and letters; other formats give no label. A list instance that restarts its
/// numbering ("Restart at 1": <c>w:lvlOverride/w:startOverride</c>, as Word writes for each group's list) counts on its
/// own; instances without one share their list's count. A paragraph style that carries a list number counts too.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> _abstractOf = [];
    private readonly Dictionary<(int Abstract, int Level), (int Start, string Format, string Text)> _levels = [];
    private readonly Dictionary<(int NumId, int Level), int> _startOverrides = [];
    private readonly HashSet<int> _restarting = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly Dictionary<string, (int NumId, int Level)> _styleNumbers = new(StringComparer.Ordinal);

    public DocxNumbering(NumberingDefinitionsPart? part, StyleDefinitionsPart? styles = null)
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
                foreach (var over in instance.Elements<LevelOverride>())
                {
                    if (over.StartOverrideNumberingValue?.Val?.Value is { } start)
                    {
                        _startOverrides[(id, over.LevelIndex?.Value ?? 0)] = start;
                        _restarting.Add(id);
                    }
                }
            }
        }

        ReadStyles(styles);

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

    /// <summary>List numbers carried by paragraph styles (through <c>w:basedOn</c>), by style id.</summary>
    private void ReadStyles(StyleDefinitionsPart? part)
    {
        var styles = part?.Styles?.Elements<Style>().Where(s => s.StyleId?.Value is not null).ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal);
        if (styles is null)
        {
            return;
        }

        foreach (var id in styles.Keys)
        {
            var style = styles[id];
            for (var depth = 0; style is not null && depth < 10; depth++)
            {
                if (style.StyleParagraphProperties?.NumberingProperties is { } num && num.NumberingId?.Val?.Value is { } numId)
                {
                    _styleNumbers[id] = (numId, num.NumberingLevelReference?.Val?.Value ?? 0);
                    break;
                }

                style = style.BasedOn?.Val?.Value is { } parent && styles.TryGetValue(parent, out var p) ? p : null;
            }
        }
    }

    /// <summary>Advances the counters for a numbered paragraph and returns its label; null for a paragraph without a list number.</summary>
    public string? Next(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties?.NumberingProperties;
        var numId = props?.NumberingId?.Val?.Value;
        var level = props?.NumberingLevelReference?.Val?.Value;
        if (numId is null && paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } styleId && _styleNumbers.TryGetValue(styleId, out var styled))
        {
            (numId, level) = (styled.NumId, level ?? styled.Level);
        }

        if (numId is not { } id || id == 0 || !_abstractOf.TryGetValue(id, out var abs))
        {
            return null;
        }

        return Label(id, abs, Math.Clamp(level ?? 0, 0, 8));
    }

    private string Label(int numId, int abs, int level)
    {
        // An instance that restarts the list keeps its own count (keyed apart from the lists' ids).
        var key = _restarting.Contains(numId) ? -1 - numId : abs;
        if (!_counters.TryGetValue(key, out var counters))
        {
            _counters[key] = counters = new int[9];
        }

        counters[level] = counters[level] == 0 ? Start(numId, abs, level) : counters[level] + 1;
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
            var value = counters[l] == 0 ? Start(numId, abs, l) : counters[l];
            label = label.Replace($"%{l + 1}", Format(value, format), StringComparison.Ordinal);
        }

        return label.Trim();
    }

    private int Start(int numId, int abs, int level) =>
        _startOverrides.TryGetValue((numId, level), out var start) ? start : _levels.TryGetValue((abs, level), out var d) ? d.Start : 1;

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
