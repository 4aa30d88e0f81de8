namespace ParPlan.Core.Dossiers;

/// <summary>A small buffered UTF-8 writer for generated CSV: ASCII pieces, pre-encoded bytes, fixed-width numbers and dates.</summary>
internal sealed class CsvBytes(Stream output) : IDisposable
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _pos;

    private Span<byte> Reserve(int n)
    {
        if (_pos + n > _buffer.Length) Flush();
        return _buffer.AsSpan(_pos, n);
    }

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length)
        {
            Flush();
            output.Write(bytes);
            return;
        }
        bytes.CopyTo(Reserve(bytes.Length));
        _pos += bytes.Length;
    }

    public void Ascii(string s)
    {
        var span = Reserve(s.Length);
        for (int i = 0; i < s.Length; i++) span[i] = (byte)s[i];
        _pos += s.Length;
    }

    public void Comma() => Byte((byte)',');

    public void Newline() => Byte((byte)'\n');

    public void Flag(bool value) => Byte(value ? (byte)'1' : (byte)'0');

    private void Byte(byte b)
    {
        Reserve(1)[0] = b;
        _pos++;
    }

    /// <summary>Writes a non-negative number zero-padded to <paramref name="width"/> digits (more if needed).</summary>
    public void Number(long value, int width)
    {
        int digits = 1;
        for (long v = value / 10; v > 0; v /= 10) digits++;
        digits = Math.Max(width, digits);
        var span = Reserve(digits);
        for (int i = digits - 1; i >= 0; i--)
        {
            span[i] = (byte)('0' + value % 10);
            value /= 10;
        }
        _pos += digits;
    }

    /// <summary>Writes <c>YYYY-MM-DDTHH:MM:SS</c>.</summary>
    public void Date(DateTime d)
    {
        Number(d.Year, 4); Byte((byte)'-'); Number(d.Month, 2); Byte((byte)'-'); Number(d.Day, 2);
        Byte((byte)'T'); Number(d.Hour, 2); Byte((byte)':'); Number(d.Minute, 2); Byte((byte)':'); Number(d.Second, 2);
    }

    public void Flush()
    {
        output.Write(_buffer, 0, _pos);
        _pos = 0;
    }

    public void Dispose()
    {
        Flush();
        output.Flush();
    }
}
