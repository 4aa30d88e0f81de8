using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Indicators;

/// <summary>
/// The years whose indicators a change of dossiers can move. A per-year computation selects a record for year Y when
/// it was received (local date) in Y or before and finished in Y or after, or not at all. So a record touches the years
/// from its receipt to its finish, and a record without a finish date touches every year from its receipt on: it is
/// still open at the start of each later year, whatever year the store's data ends in. Not thread-safe.
/// </summary>
public sealed class TouchedYears
{
    private readonly YearSet _years = new();

    /// <summary>The first receipt year of a record without a finish date: every year from it on is touched.</summary>
    public int? OpenFrom { get; private set; }

    public bool IsEmpty => _years.Count == 0;

    /// <summary>True when a record with a finish date was added, or every year was marked: for the versions an import
    /// replaced, the finished ones are those whose counts the persisted year counts hold (see the web side's
    /// <c>DossierYearCounts</c>).</summary>
    public bool AnyFinished { get; private set; }

    /// <summary>The years named by a receipt or a finish (the open-ended years are not listed).</summary>
    public IReadOnlyCollection<int> Years => _years;

    public void Add(DateTimeOffset receivedAt, DateTimeOffset? finishedAt) =>
        Add(DossierCodes.LocalDate(receivedAt).Year, finishedAt is { } f ? DossierCodes.LocalDate(f).Year : null);

    public void Add(int receivedYear, int? finishedYear)
    {
        _years.Add(receivedYear);
        if (finishedYear is not null) AnyFinished = true;
        if (finishedYear is not { } last)
        {
            if (OpenFrom is null || receivedYear < OpenFrom) OpenFrom = receivedYear;
            return;
        }

        for (int year = receivedYear + 1; year <= last; year++) _years.Add(year);
    }

    /// <summary>Marks every year as touched (a change whose years are not known).</summary>
    public void AddEveryYear()
    {
        OpenFrom = int.MinValue;
        AnyFinished = true;
    }

    public void UnionWith(TouchedYears other)
    {
        _years.UnionWith(other._years);
        AnyFinished |= other.AnyFinished;
        if (other.OpenFrom is { } open && (OpenFrom is null || open < OpenFrom)) OpenFrom = open;
    }

    /// <summary>The touched years within [<paramref name="first"/>, <paramref name="last"/>], ascending.</summary>
    public IReadOnlyList<int> Within(int first, int last)
    {
        var years = new YearSet();
        for (var i = 0; i < _years.Count; i++)
        {
            if (_years[i] >= first && _years[i] <= last) years.Add(_years[i]);
        }

        if (OpenFrom is { } open)
        {
            for (int year = Math.Max(open, first); year <= last; year++) years.Add(year);
        }

        return years.ToArray();
    }

    /// <summary>The touched years outside [<paramref name="first"/>, <paramref name="last"/>] (their values are no longer
    /// computed: a full computation covers only the store's range).</summary>
    public IReadOnlyList<int> Outside(int first, int last)
    {
        var years = new YearSet();
        for (var i = 0; i < _years.Count; i++)
        {
            if (_years[i] < first || _years[i] > last) years.Add(_years[i]);
        }

        return years.ToArray();
    }
}
