using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ParPlan.Core.Dossiers;

/// <summary>The dossier codes a file has shown so far, for its duplicate check: an open-addressing table of 16-byte
/// slots (64 bits of one hash of the code, 32 bits of another, and the code's first line), probed linearly. A million
/// codes take 32 MB and one cache miss each; a <see cref="Dictionary{TKey,TValue}"/> of 128-bit keys took 40 MB and two
/// (its bucket, then the entry), and was a sixth of the reading thread's time. No copy of a code is kept; two codes
/// differing only past 96 bits of hash would be taken for one (about 10⁻¹⁷ for a million codes).
/// <para>That one miss (a 32 MB table read at random, a page-table walk too) was the reading thread's largest single
/// cost, so the parser hashes a row's code first (<see cref="Hash(ReadOnlySpan{char})"/>, which asks the CPU to fetch the
/// code's home slot without waiting for it) and adds it after parsing the other fields
/// (<see cref="TryAdd(CodeHash, int, out int)"/>): the slot arrives while the dates are parsed.</para></summary>
internal sealed class CodeSet
{
    private const double MaxLoad = 0.7;
    private Slot[] _slots;
    private int _shift;
    private int _count;

    /// <param name="expected">Codes expected, to size the table once.</param>
    public CodeSet(long expected)
    {
        var bits = 10;
        while (bits < 30 && (1L << bits) * MaxLoad < expected) bits++;
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
    }

    /// <summary>Adds the code first seen on <paramref name="line"/> (≥ 1); false, with the line it was first seen on,
    /// when the file already had it.</summary>
    public bool TryAdd(ReadOnlySpan<char> code, int line, out int firstLine) => TryAdd(Hash(code), line, out firstLine);

    /// <summary>The code's two hashes; starts fetching the slot where its probe begins, so that a
    /// <see cref="TryAdd(CodeHash, int, out int)"/> a little later finds it in the cache. A hash stays valid when the
    /// table grows in between.</summary>
    public CodeHash Hash(ReadOnlySpan<char> code)
    {
        var (a, b) = HashOf(code);
        Prefetch(ref _slots[Index(a, _shift)]);
        return new CodeHash(a, b);
    }

    /// <summary><see cref="TryAdd(ReadOnlySpan{char}, int, out int)"/> for a code hashed by <see cref="Hash(ReadOnlySpan{char})"/>.</summary>
    public bool TryAdd(CodeHash code, int line, out int firstLine)
    {
        var (a, b) = (code.A, code.B);
        if (TryAdd(_slots, _shift, a, b, line, out firstLine)) return true;
        if (firstLine != 0) return false;
        Grow();
        return TryAdd(_slots, _shift, a, b, line, out firstLine);
    }

    /// <summary>False with a line: the code is there; false with 0: the table is full.</summary>
    private bool TryAdd(Slot[] slots, int shift, ulong a, uint b, int line, out int firstLine)
    {
        if (_count + 1 > slots.Length * MaxLoad)
        {
            firstLine = 0;
            return false;
        }

        var mask = slots.Length - 1;
        for (var i = Index(a, shift); ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Line == 0)
            {
                slot = new Slot(a, b, line);
                _count++;
                firstLine = line;
                return true;
            }

            if (slot.A == a && slot.B == b)
            {
                firstLine = slot.Line;
                return false;
            }
        }
    }

    /// <summary>Asks the CPU for the slot's cache line without waiting for it (a plain load would hold the row's work up).
    /// The address is not pinned: a prefetch never faults, and one aimed at where the table was before the GC moved it
    /// only wastes the hint. No-op where the CPU has no such instruction.</summary>
    private static unsafe void Prefetch(ref Slot slot)
    {
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref slot));
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        foreach (var s in old)
        {
            if (s.Line == 0) continue;
            var i = Index(s.A, _shift);
            while (_slots[i].Line != 0) i = (i + 1) & mask;
            _slots[i] = s;
        }
    }

    private static int Index(ulong a, int shift) => (int)(((a ^ (a >> 29)) * 0x9E3779B97F4A7C15UL) >> shift);

    /// <summary>Two independent hashes of the code (FNV-1a and a multiply-rotate mix).</summary>
    private static (ulong A, uint B) HashOf(ReadOnlySpan<char> s)
    {
        ulong a = 14695981039346656037UL;
        ulong b = 0x9E3779B97F4A7C15UL ^ (ulong)s.Length;
        foreach (char c in s)
        {
            a = (a ^ c) * 1099511628211UL;
            b = ulong.RotateLeft((b ^ c) * 0xC2B2AE3D27D4EB4FUL, 31) * 0x165667B19E3779F9UL;
        }

        return (a, (uint)(b ^ (b >> 32)));
    }

    private readonly record struct Slot(ulong A, uint B, int Line);

    /// <summary>A code's two hashes (<see cref="Hash(ReadOnlySpan{char})"/>).</summary>
    public readonly record struct CodeHash(ulong A, uint B);
}
