namespace ParPlan.Core.Dossiers;

/// <summary>Options of <see cref="DossierReader"/>.</summary>
public sealed class DossierReadOptions
{
    /// <summary>Column and value mapping; the canonical layout when null.</summary>
    public DossierColumnMap? Map { get; init; }

    /// <summary>Answers whether a unit code is known; every code is accepted when null. Called once per distinct code.</summary>
    public Func<string, bool>? IsKnownUnit { get; init; }

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

/// <summary>Progress of a read: rows seen (accepted + rejected), rejected rows, bytes consumed and total when known.</summary>
public readonly record struct DossierReadProgress(long Rows, long Rejected, long Bytes, long? TotalBytes);

/// <summary>
/// One data row of a dossier file: accepted (<see cref="Error"/> null, <see cref="Record"/> set) or rejected
/// with a Vietnamese reason. <see cref="Line"/> is the row number as a spreadsheet shows it: the header is
/// line 1, the first data row line 2 (a quoted field spanning several physical lines still counts as one row).
/// </summary>
public readonly record struct DossierRow(long Line, DossierRecord Record, string? Error)
{
    public bool IsAccepted => Error is null;
}

/// <summary>The file as a whole cannot be read (no header, a required column missing).</summary>
public sealed class DossierFileException(string message, Exception? inner = null) : Exception(message, inner);
