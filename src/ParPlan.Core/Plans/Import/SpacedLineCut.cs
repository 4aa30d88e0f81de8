using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>One line of a layout-kept table (<see cref="SpacedTables"/>) cut into its cells at the column borders.</summary>
internal static partial class SpacedLineCut
{
    /// <summary>
    /// The line cut at the column borders: each word goes to the column its first letter stands in. On a row's first
    /// line, where a border falls between two words one space apart and the word after it goes on in lower case ("Văn
    /// | phòng Sở", "Trung | tâm Phục vụ"), the cell begins at the capitalised word just before (a cell opens with a
    /// capital), when that word stands a few characters from the border. In a unit column (<paramref name="unitColumns"/>),
    /// a unit's head word just before the border goes with the name after it, and a word that starts up to two
    /// characters before the border and runs at least two past it belongs to the unit column.
    /// </summary>
    internal static string[] Cut(string line, int[] borders, bool firstLine = false, IReadOnlySet<int>? unitColumns = null)
    {
        var words = new List<(int Start, int End, int Column)>();
        var x = 0;
        while (x < line.Length)
        {
            if (line[x] == ' ')
            {
                x++;
                continue;
            }

            var s = x;
            while (x < line.Length && line[x] != ' ')
            {
                x++;
            }

            var column = 0;
            while (column < borders.Length && borders[column] <= s)
            {
                column++;
            }

            if (column < borders.Length && unitColumns is not null && unitColumns.Contains(column + 1) && s >= borders[column] - 2
                && x - borders[column] >= 2 && s > 0 && line[s - 1] == ' ')
            {
                // A word of a centred unit cell's wider line that starts a character or two before the border and runs
                // well past it ("TCVN ISO HĐND và UBND") is the unit's: a left cell's text ends before its border.
                column++;
            }

            words.Add((s, x, column));
        }

        for (var j = 1; firstLine && j < words.Count; j++)
        {
            if (words[j].Column == words[j - 1].Column || words[j].Start - words[j - 1].End != 1 || !char.IsLower(line[words[j].Start]))
            {
                continue;
            }

            var border = borders[words[j].Column - 1];
            var i = j - 1;
            while (i > 0 && words[i].Start - words[i - 1].End == 1 && !char.IsUpper(line[words[i].Start]) && border - words[i].Start <= 10)
            {
                i--;
            }

            if (char.IsUpper(line[words[i].Start]) && border - words[i].Start <= 10 && words[i].Column == words[j - 1].Column
                && (i == 0 || words[i - 1].Column < words[i].Column || words[i].Start - words[i - 1].End == 1))
            {
                for (var k = i; k < j; k++)
                {
                    words[k] = words[k] with { Column = words[j].Column };
                }
            }
        }

        for (var j = 1; j < words.Count; j++)
        {
            // A unit's head word printed one space before the border ("… quyết Phòng | Kinh tế", "Văn phòng | HĐND và
            // UBND") belongs to the unit: the name after the border does not begin a unit without it.
            if (unitColumns is null || !unitColumns.Contains(words[j].Column) || words[j].Column == words[j - 1].Column
                || words[j].Start - words[j - 1].End != 1 || !char.IsUpper(line[words[j].Start]))
            {
                continue;
            }

            var head = HeadWords(line, words.ConvertAll(w => (w.Start, w.End)), j);
            var rest = string.Join(' ', words.Skip(j).Where(w => w.Column == words[j].Column).Select(w => line[w.Start..w.End]));
            if (head > 0 && !Vocabulary.StartsWithUnit(PhraseKit.Fold(rest)))
            {
                for (var k = j - head; k < j; k++)
                {
                    words[k] = words[k] with { Column = words[j].Column };
                }
            }
        }

        return [.. Enumerable.Range(0, borders.Length + 1)
            .Select(c => string.Join(' ', words.Where(w => w.Column == c).Select(w => line[w.Start..w.End])))];
    }

    /// <summary>How many words just before word <paramref name="j"/>, one space apart, make a unit's head ("Phòng",
    /// "Văn phòng", "Trung tâm"): 0 when they do not.</summary>
    private static int HeadWords(string line, List<(int Start, int End)> words, int j)
    {
        var one = line[words[j - 1].Start..words[j - 1].End];
        if (UnitHead().IsMatch(one))
        {
            return 1;
        }

        return j >= 2 && words[j - 1].Start - words[j - 2].End == 1 && UnitHead().IsMatch(line[words[j - 2].Start..words[j - 1].End]) ? 2 : 0;
    }

    [GeneratedRegex(@"^(Phòng|Sở|Ban|Văn phòng|Trung tâm|Chi cục|Ủy ban|Uỷ ban|Công an)$")]
    private static partial Regex UnitHead();
}
