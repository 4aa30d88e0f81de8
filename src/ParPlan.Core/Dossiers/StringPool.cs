namespace ParPlan.Core.Dossiers;

/// <summary>De-duplicates repeated strings read from spans (unit codes, fields, procedure names).</summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _capacity;

    public StringPool(int capacity)
    {
        _capacity = capacity;
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> span)
    {
        if (_lookup.TryGetValue(span, out var s)) return s;
        s = span.ToString();
        if (_strings.Count < _capacity) _strings[s] = s;
        return s;
    }

    public string? GetOrNull(ReadOnlySpan<char> span) => span.IsEmpty ? null : Get(span);
}
