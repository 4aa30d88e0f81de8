namespace ParPlan.Core.Dossiers;

/// <summary>Online service level of the procedure (<c>muc_do_dvc</c>).</summary>
public enum OnlineServiceLevel
{
    /// <summary><c>khong</c>: not offered online (or unknown).</summary>
    None,
    /// <summary><c>mot_phan</c>: partial online service.</summary>
    Partial,
    /// <summary><c>toan_trinh</c>: full-process online service.</summary>
    Full,
}
