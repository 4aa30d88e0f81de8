namespace ParPlan.Core.Dossiers;

/// <summary>Options of <see cref="DossierReader"/>.</summary>
public sealed class DossierReadOptions
{
    /// <summary>Column and value mapping; the canonical layout when null.</summary>
    public DossierColumnMap? Map { get; init; }

    /// <summary>Answers whether a unit code is known; every code is accepted when null. Called once per distinct code.</summary>
    public Func<string, bool>? IsKnownUnit { get; init; }

    /// <summary>Answers whether a known unit code belongs to the government the import is for (an officer's import);
    /// a unit of the catalogue outside it is rejected with its own reason. Every known code when null.</summary>
    public Func<string, bool>? IsInScope { get; init; }

    /// <summary>
    /// Today, local (Việt Nam) date, from the caller's clock: a row received or finished on a later date is rejected
    /// with its line and a reason (an export cannot hold what has not happened yet; a wrong year or a swapped day and
    /// month usually does). The due date may lie in the future. No check when null.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>Receives progress every <see cref="ProgressInterval"/> rows and once at the end.</summary>
    public IProgress<DossierReadProgress>? Progress { get; init; }

    /// <summary>Rows between two progress reports.</summary>
    public int ProgressInterval { get; init; } = 50_000;

    /// <summary>Stops the read (throws <see cref="OperationCanceledException"/>) between rows.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>What an XLSX may expand to before MiniExcel opens it (<see cref="Files.ZipLimits.ExcelDefaults"/> when null).</summary>
    public Files.ZipLimits? XlsxLimits { get; init; }

    /// <summary>Reject a row whose <c>ma_ho_so</c> already appeared earlier in the file.</summary>
    public bool RejectDuplicates { get; init; } = true;

    /// <summary>Options that accept only the given unit codes (ordinal comparison).</summary>
    public static DossierReadOptions ForUnits(IEnumerable<string> knownUnitCodes, DossierColumnMap? map = null)
    {
        var set = new HashSet<string>(knownUnitCodes, StringComparer.Ordinal);
        return new DossierReadOptions { Map = map, IsKnownUnit = set.Contains };
    }
}
