using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Labels;

/// <summary>The Vietnamese names of a dossier's status (<c>trang_thai</c> of the dossier CSV contract), as officers
/// read them on the one-stop system.</summary>
public static class DossierStatusLabels
{
    public static string Label(DossierStatus status) => status switch
    {
        DossierStatus.InProcess => "Đang xử lý",
        DossierStatus.AwaitingAdditions => "Chờ bổ sung",
        DossierStatus.Processed => "Đã xử lý xong",
        DossierStatus.Returned => "Đã trả kết quả",
        DossierStatus.Refused => "Từ chối giải quyết",
        DossierStatus.Withdrawn => "Công dân rút hồ sơ",
        _ => "Không rõ trạng thái",
    };

    /// <summary>The label of a contract code ("da_tra") or an enum name ("Returned"); "Không rõ trạng thái" otherwise.</summary>
    public static string Label(string code) =>
        DossierCodes.TryParseStatus(code, out var status) || Enum.TryParse(code, ignoreCase: false, out status) && Enum.IsDefined(status)
            ? Label(status) : "Không rõ trạng thái";
}
