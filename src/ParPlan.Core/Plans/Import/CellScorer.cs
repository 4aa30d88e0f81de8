namespace ParPlan.Core.Plans.Import;

/// <summary>Scores one candidate cell (chunks j..i of a row in one column) incrementally as it grows by one chunk.</summary>
internal struct CellScorer
{
    private const double JoinerEndCost = 1.5;

    /// <summary>What a unit cell ending on a list separator (";" or ",") costs where another line follows (<see cref="Extend"/>).</summary>
    private const double ListSeparatorEndCost = 2;

    /// <summary>What a unit cell opened plain going on with a bulleted unit costs (<see cref="Extend"/>).</summary>
    private const double BulletAfterPlain = 3;

    /// <summary>What a task cell ending on a colon costs when a bulleted line follows (<see cref="Extend"/>).</summary>
    private const double ListIntroEndCost = 4;

    /// <summary>What a cell of another column going on with a unit's role label ("Chủ trì: …") costs (<see cref="Extend"/>).</summary>
    private const double RoleLabelElsewhere = 8;
    private readonly Col _col;
    private readonly List<Chunk> _chunks;
    private readonly int _start;
    private readonly double? _width;
    private double _inner;
    private double _penalty;
    private bool _strong;
    private int _length;
    private bool _dated;
    private readonly bool _continuation;
    private (bool Unit, bool Output, bool Funding, bool Free) _starts;
    private int _lineLength;
    private bool _lineInCell;
    private double _closedOverflow;
    private double _lineOverflow;

    public CellScorer(Col col, List<Chunk> chunks, int start, double? width, bool continuation = false)
    {
        _continuation = continuation;
        _lineLength = 0;
        _lineInCell = false;
        _closedOverflow = 0;
        _lineOverflow = 0;
        _dated = false;
        _starts = default;
        _col = col;
        _chunks = chunks;
        _start = start;
        _width = width;
        _inner = 0;
        _penalty = 0;
        _strong = false;
        _length = 0;
    }

    /// <summary>Adds chunk <paramref name="x"/> (the next one) and returns the score of the cell [start, x].</summary>
    public double Extend(int x)
    {
        var chunk = _chunks[x];
        _length += chunk.Text.Length + 1;
        if (_length > 700)
        {
            return -1000;
        }

        _penalty += chunk.SchedulePenalty;
        _strong |= chunk.ScheduleStrong;
        _dated |= chunk.Dated;
        if (x - _start < 3)
        {
            _starts = _chunks[_start].Openings[x - _start];
        }
        if (x > _start && chunk.NewLine)
        {
            _inner += chunk.Start switch
            {
                StartClass.Lower => 1.5,
                StartClass.Upper => -0.2,
                StartClass.Bullet => _col is Col.Time or Col.Funding or Col.Title ? -1 : 0,
                _ => 0,
            };
            var prev = _chunks[x - 1];
            if (prev.EndsWithJoiner && chunk.Start != StartClass.Lower && !OwnerOfHead(_chunks, x - 1))
            {
                _inner += chunk.Start == StartClass.Bullet ? 0 : 2;
            }

            if (prev.EndsWithSeparator && _col is Col.Lead or Col.Support or Col.Output && chunk.Start != StartClass.Lower)
            {
                // "…; / - next item": a list that goes on in the same cell.
                _inner += prev.Text[^1] == ';' && chunk.Start == StartClass.Bullet ? 3.5 : 1.5;
            }

            // Wrap check: the next word would have fitted on the previous line, so a new paragraph (or cell) starts here.
            // Bullets and lines after a sentence or list end always start a new line.
            if (_width is { } w && _lineInCell && chunk.Start != StartClass.Bullet && !prev.EndsWithSeparator && prev.Text[^1] is not ('.' or ':')
                && _lineLength + 1 + chunk.FirstWordLength <= 0.8 * w)
            {
                _inner -= 3;
            }
        }

        if (x > _start)
        {
            // A unit name right after a verb or preposition awaiting its object ("Văn bản trình" / "UBND tỉnh") is that object, not a new cell.
            if (_col is Col.Output && chunk.Start is StartClass.Bullet or StartClass.Upper or StartClass.Abbrev && chunk.UnitHead && !chunk.OutputHead && !_chunks[x - 1].EndsWithJoiner)
            {
                _inner -= 2;
            }

            if (_col is Col.Lead or Col.Support && chunk.Start is StartClass.Bullet or StartClass.Upper && chunk.OutputHead && !chunk.UnitHead)
            {
                _inner -= 2;
            }

            if (chunk.RoleLabel && _col is not (Col.Lead or Col.Support))
            {
                _inner -= RoleLabelElsewhere; // "Chủ trì: …" opens a unit cell, never goes on with another column's cell
            }

            if (_col is Col.Lead or Col.Support && chunk.NewLine && chunk.Start == StartClass.Bullet && chunk.UnitHead && !_continuation
                && _chunks[_start].Start != StartClass.Bullet && _chunks[x - 1].Text[^1] != ':')
            {
                // "Văn phòng UBND xã" / "- Phòng Kinh tế": a list whose items are bulleted bullets its first item too, so a
                // bulleted unit under a unit written plain opens the next cell's list.
                _inner -= BulletAfterPlain;
            }
        }

        if (x == _start || chunk.NewLine)
        {
            _closedOverflow += _lineOverflow;
            _lineLength = chunk.Text.Length;
            _lineInCell = chunk.NewLine;
        }
        else
        {
            _lineLength += 1 + chunk.Text.Length;
        }

        _lineOverflow = _width is { } width && _lineLength > 1.25 * width + 3 ? Math.Max(-8, -2 - (3 * ((_lineLength / width) - 1.25))) : 0;

        var first = _chunks[_start];
        var score = _inner + _closedOverflow + _lineOverflow + (first.Start == StartClass.Lower && !_continuation ? -4 : 0);

        // A cell does not end on a word or sign that waits for more ("trình", "của", "- UBND", "Phòng Văn hoá -").
        if (chunk.EndsWithJoiner && x + 1 < _chunks.Count && !OwnerOfHead(_chunks, x))
        {
            score -= JoinerEndCost;
        }

        if (_col is Col.Lead or Col.Support && chunk.EndsWithSeparator && x + 1 < _chunks.Count && _chunks[x + 1].NewLine)
        {
            // "Phòng Văn hóa - Xã hội" / "Các thôn, xóm;" / "Hội Nông dân xã": a unit list's separator says another item of
            // the same list follows, so the item it ends is not the cell's last one.
            score -= ListSeparatorEndCost;
        }

        if (_col is Col.Title or Col.Activity && chunk.Text[^1] == ':' && x + 1 < _chunks.Count && _chunks[x + 1].NewLine && _chunks[x + 1].Start == StartClass.Bullet)
        {
            // "Kiểm tra công tác cải cách hành chính:" / "- Ban hành kế hoạch kiểm tra": the task announces its parts, and
            // the bulleted lines after it are those parts, not the units of the next cells.
            score -= ListIntroEndCost;
        }
        switch (_col)
        {
            case Col.Time:
                score += _length > 200 ? -10 : _starts.Free ? (_length <= 140 ? 3 : -4) : _penalty + (_strong ? 4 : _continuation ? 0 : -4);
                break;
            case Col.Funding:
                score += (_continuation ? 0 : _starts.Funding ? 3 : -6) + (_length > 80 ? -3 : 0);
                break;
            case Col.Lead:
            case Col.Support:
                score += _continuation ? 0 : _starts.Unit && !OwnerOfHead(_chunks, _start) ? 2.5 : -3;
                if (_dated)
                {
                    score -= 3;
                }

                break;
            case Col.Output:
                score += _continuation ? 0 : _starts.Output ? 1.5 : _starts.Unit ? -2.5 : 0;
                break;
        }

        return score;
    }

    /// <summary>A line that is only "Sở" or "Ban" right under "Văn phòng" or "Thanh tra": the owner that completes that
    /// name ("Văn phòng" / "Ban"), wrapped by a narrow column; it neither waits for more nor opens a unit of its own.</summary>
    private static bool OwnerOfHead(List<Chunk> chunks, int x)
    {
        if (x < 1 || !chunks[x].NewLine || Vocabulary.StripBullet(chunks[x].Folded) is not ("ban" or "so"))
        {
            return false;
        }

        var above = chunks[x - 1].Folded;
        return above.EndsWith("van phong", StringComparison.Ordinal) || above.EndsWith("thanh tra", StringComparison.Ordinal);
    }
}

/// <summary>Vocabulary checks on cell openings, memoised: the same few openings are scored for every column.</summary>
internal static class StartFlags
{
    [ThreadStatic]
    private static Dictionary<string, (bool Unit, bool Output, bool Funding, bool Free)>? _cache;

    public static (bool Unit, bool Output, bool Funding, bool Free) Of(ReadOnlySpan<char> prefix)
    {
        _cache ??= new Dictionary<string, (bool, bool, bool, bool)>(StringComparer.Ordinal);
        if (_cache.Count > 20000)
        {
            _cache.Clear();
        }

        var lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(prefix, out var flags))
        {
            var key = prefix.ToString();
            flags = (Vocabulary.StartsWithUnitName(key), Vocabulary.StartsWithOutput(key), Vocabulary.StartsWithFunding(key), Vocabulary.ScheduleStartsFree(key));
            _cache[key] = flags;
        }

        return flags;
    }
}
