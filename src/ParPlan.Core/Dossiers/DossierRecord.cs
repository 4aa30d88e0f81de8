namespace ParPlan.Core.Dossiers;

/// <summary>
/// One dossier (hồ sơ TTHC) as exported by a one-stop system, in the canonical layout of the
/// <c>dossiers-csv</c> contract. Instants are UTC; the file carries Việt Nam local time (UTC+7).
/// Flags are <c>null</c> when the file left them empty (unknown).
/// </summary>
public readonly record struct DossierRecord
{
    /// <summary><c>ma_ho_so</c>: unique within a source.</summary>
    public required string Code { get; init; }
    /// <summary><c>ma_thu_tuc</c>.</summary>
    public string? ProcedureCode { get; init; }
    /// <summary><c>ten_thu_tuc</c>.</summary>
    public string? ProcedureName { get; init; }
    /// <summary><c>linh_vuc</c>, e.g. "Đất đai".</summary>
    public string? Field { get; init; }
    /// <summary><c>ma_don_vi</c>: code of the receiving unit.</summary>
    public required string UnitCode { get; init; }
    /// <summary><c>ngay_tiep_nhan</c> (UTC).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
    /// <summary><c>han_tra_ket_qua</c> (UTC).</summary>
    public required DateTimeOffset DueAt { get; init; }
    /// <summary><c>ngay_hoan_thanh</c> (UTC); null while in process.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
    /// <summary><c>trang_thai</c>.</summary>
    public required DossierStatus Status { get; init; }
    /// <summary><c>kenh_nop</c>.</summary>
    public required DossierChannel Channel { get; init; }
    /// <summary><c>muc_do_dvc</c>; null when the column is absent or empty.</summary>
    public OnlineServiceLevel? ServiceLevel { get; init; }
    /// <summary><c>co_nghia_vu_tai_chinh</c>.</summary>
    public bool? HasFees { get; init; }
    /// <summary><c>thanh_toan_truc_tuyen</c>.</summary>
    public bool? PaidOnline { get; init; }
    /// <summary><c>so_hoa_ho_so</c>.</summary>
    public bool? DossierDigitised { get; init; }
    /// <summary><c>so_hoa_ket_qua</c>.</summary>
    public bool? ResultDigitised { get; init; }
    /// <summary><c>tai_su_dung</c>.</summary>
    public bool? DataReused { get; init; }
    /// <summary><c>xin_loi</c>.</summary>
    public bool? Apologised { get; init; }
    /// <summary><c>danh_gia</c>: 1–5, null when not rated.</summary>
    public byte? Rating { get; init; }

    /// <summary>Finished (has a result date) after its due instant.</summary>
    public bool FinishedLate => FinishedAt is { } f && f > DueAt;
}
