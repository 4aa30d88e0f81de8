using System.Collections;

namespace ParPlan.Core.Indicators;

/// <summary>A few years, distinct and ascending, in a plain array. Generic collections over <c>int</c> from outside the
/// runtime's core (a sorted set, LINQ's set operators and sorts) are compiled by the JIT in every fresh process, which cost
/// the month's computation after an import tens of milliseconds; this one needs no generic code of the framework.</summary>
public sealed class YearSet : IReadOnlyCollection<int>
{
    private int[] _years = new int[4];

    public int Count { get; private set; }

    public int this[int index] => index < Count ? _years[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Adds <paramref name="year"/>; false when it was already there.</summary>
    public bool Add(int year)
    {
        var at = 0;
        while (at < Count && _years[at] < year) at++;
        if (at < Count && _years[at] == year) return false;
        if (Count == _years.Length) Array.Resize(ref _years, Count * 2);
        Array.Copy(_years, at, _years, at + 1, Count - at);
        _years[at] = year;
        Count++;
        return true;
    }

    public bool Contains(int year)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_years[i] == year) return true;
        }

        return false;
    }

    public void UnionWith(YearSet other)
    {
        for (var i = 0; i < other.Count; i++) Add(other._years[i]);
    }

    /// <summary>The years, ascending, as a new array.</summary>
    public int[] ToArray() => _years.AsSpan(0, Count).ToArray();

    public IEnumerator<int> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _years[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
