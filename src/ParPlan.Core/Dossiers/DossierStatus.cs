namespace ParPlan.Core.Dossiers;

/// <summary>Status of a dossier (<c>trang_thai</c>).</summary>
public enum DossierStatus
{
    /// <summary><c>dang_xu_ly</c>: in process.</summary>
    InProcess,
    /// <summary><c>bo_sung</c>: waiting for additions from the applicant.</summary>
    AwaitingAdditions,
    /// <summary><c>da_xu_ly</c>: processed, result ready.</summary>
    Processed,
    /// <summary><c>da_tra</c>: result returned to the applicant.</summary>
    Returned,
    /// <summary><c>tu_choi</c>: refused.</summary>
    Refused,
    /// <summary><c>rut_ho_so</c>: withdrawn by the applicant.</summary>
    Withdrawn,
}
