namespace ParPlan.Core.Dossiers;

/// <summary>Submission channel (<c>kenh_nop</c>).</summary>
public enum DossierChannel
{
    /// <summary><c>truc_tiep</c>.</summary>
    InPerson,
    /// <summary><c>truc_tuyen</c>.</summary>
    Online,
    /// <summary><c>buu_chinh</c>.</summary>
    Postal,
}
