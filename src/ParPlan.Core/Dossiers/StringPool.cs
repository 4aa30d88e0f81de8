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

/// <summary>A 128-bit code hash as two 8-byte-aligned halves (UInt128's 16-byte alignment would pad dictionary entries to 48 bytes).</summary>
internal readonly record struct CodeKey(ulong A, ulong B)
{
    public override int GetHashCode() => (int)(A ^ (A >> 32));
}

/// <summary>A 128-bit hash of a code built from two independent 64-bit hashes (FNV-1a and a multiply-rotate mix).</summary>
internal static class CodeHash
{
    public static CodeKey Of(ReadOnlySpan<char> s)
    {
        ulong a = 14695981039346656037UL;
        ulong b = 0x9E3779B97F4A7C15UL ^ (ulong)s.Length;
        foreach (char c in s)
        {
            a = (a ^ c) * 1099511628211UL;
            b = ulong.RotateLeft((b ^ c) * 0xC2B2AE3D27D4EB4FUL, 31) * 0x165667B19E3779F9UL;
        }
        return new CodeKey(a, b);
    }
}
