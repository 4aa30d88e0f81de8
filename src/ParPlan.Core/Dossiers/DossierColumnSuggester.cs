using ParPlan.Core.Text;

namespace ParPlan.Core.Dossiers;

/// <summary>
/// The column-mapping step's suggestions for an export that is not in the canonical layout: which file column holds
/// each canonical column, and which canonical code a source value (status, channel, service level) stands for. Names
/// are compared accent-insensitively (<see cref="VietText.Fold"/>) as sets of words against the canonical name and its
/// usual Vietnamese labels; the Dice overlap of the word sets is the similarity.
/// </summary>
public static class DossierColumnSuggester
{
    /// <summary>Below this similarity nothing is suggested.</summary>
    public const double Threshold = 0.5;

    /// <summary>Canonical column → the Vietnamese labels one-stop exports commonly use for it.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Labels = new Dictionary<string, string[]>
    {
        [DossierCodes.Code] = ["Mã hồ sơ", "Số hồ sơ", "Mã HS", "Số biên nhận"],
        [DossierCodes.ProcedureCode] = ["Mã thủ tục", "Mã TTHC"],
        [DossierCodes.ProcedureName] = ["Tên thủ tục", "Tên TTHC", "Thủ tục hành chính"],
        [DossierCodes.Field] = ["Lĩnh vực"],
        [DossierCodes.UnitCode] = ["Mã đơn vị", "Đơn vị", "Đơn vị tiếp nhận", "Mã cơ quan"],
        [DossierCodes.ReceivedAt] = ["Ngày tiếp nhận", "Ngày nhận", "Thời gian tiếp nhận"],
        [DossierCodes.DueAt] = ["Hạn trả kết quả", "Hạn trả", "Ngày hẹn trả", "Hẹn trả kết quả", "Hạn xử lý"],
        [DossierCodes.FinishedAt] = ["Ngày hoàn thành", "Ngày xong", "Ngày có kết quả", "Thời gian hoàn thành"],
        [DossierCodes.Status] = ["Trạng thái", "Tình trạng", "Trạng thái hồ sơ"],
        [DossierCodes.Channel] = ["Kênh nộp", "Hình thức nộp", "Kênh tiếp nhận"],
        [DossierCodes.ServiceLevel] = ["Mức độ DVC", "Mức độ dịch vụ công", "Mức độ"],
        [DossierCodes.HasFees] = ["Có nghĩa vụ tài chính", "Có phí", "Phí, lệ phí"],
        [DossierCodes.PaidOnline] = ["Thanh toán trực tuyến", "Đã thanh toán trực tuyến"],
        [DossierCodes.DossierDigitised] = ["Số hóa hồ sơ", "Hồ sơ số hóa"],
        [DossierCodes.ResultDigitised] = ["Số hóa kết quả", "Kết quả số hóa"],
        [DossierCodes.DataReused] = ["Tái sử dụng", "Tái sử dụng dữ liệu"],
        [DossierCodes.Apologised] = ["Xin lỗi", "Thư xin lỗi", "Phiếu xin lỗi"],
        [DossierCodes.Rating] = ["Đánh giá", "Mức độ hài lòng"],
    };

    /// <summary>Value-mapped column → canonical code → labels of that code.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> ValueLabels = new Dictionary<string, IReadOnlyDictionary<string, string[]>>
    {
        [DossierCodes.Status] = new Dictionary<string, string[]>
        {
            ["dang_xu_ly"] = ["Đang xử lý", "Đang giải quyết"],
            ["bo_sung"] = ["Bổ sung", "Chờ bổ sung", "Yêu cầu bổ sung"],
            ["da_xu_ly"] = ["Đã xử lý", "Đã giải quyết", "Hoàn thành"],
            ["da_tra"] = ["Đã trả", "Đã trả kết quả", "Trả kết quả"],
            ["tu_choi"] = ["Từ chối", "Không giải quyết"],
            ["rut_ho_so"] = ["Rút hồ sơ", "Rút", "Công dân rút hồ sơ"],
        },
        [DossierCodes.Channel] = new Dictionary<string, string[]>
        {
            ["truc_tiep"] = ["Trực tiếp", "Tại quầy"],
            ["truc_tuyen"] = ["Trực tuyến", "Online", "Qua mạng"],
            ["buu_chinh"] = ["Bưu chính", "Qua bưu điện", "Bưu chính công ích"],
        },
        [DossierCodes.ServiceLevel] = new Dictionary<string, string[]>
        {
            ["toan_trinh"] = ["Toàn trình", "Mức độ 4"],
            ["mot_phan"] = ["Một phần", "Mức độ 3"],
            ["khong"] = ["Không", "Mức độ 2", "Cung cấp thông tin"],
        },
    };

    /// <summary>Canonical column → file column, each file column used at most once, best pairs first.</summary>
    public static IReadOnlyDictionary<string, string> SuggestColumns(IReadOnlyList<string> headers)
    {
        var pairs = new List<(string Canonical, string Header, double Score, int Order)>();
        for (int c = 0; c < DossierCodes.Columns.Count; c++)
        {
            var canonical = DossierCodes.Columns[c];
            var names = Labels[canonical].Prepend(canonical.Replace('_', ' ')).ToList();
            foreach (var header in headers.Where(h => !string.IsNullOrWhiteSpace(h)))
            {
                var score = string.Equals(header.Trim(), canonical, StringComparison.OrdinalIgnoreCase) ? 2 : names.Max(n => Similarity(header, n));
                if (score >= Threshold) pairs.Add((canonical, header, score, c));
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (canonical, header, _, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Order))
        {
            if (!result.ContainsKey(canonical) && used.Add(header)) result[canonical] = header;
        }

        return result;
    }

    /// <summary>The canonical code a source value of <paramref name="column"/> (status, channel or service level) most
    /// likely means; the value itself when it is already a code; null when nothing is close enough.</summary>
    public static string? SuggestValue(string column, string value)
    {
        if (!ValueLabels.TryGetValue(column, out var codes) || string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        var exact = codes.Keys.FirstOrDefault(k => string.Equals(k, trimmed, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var best = codes.Select(kv => (Code: kv.Key, Score: kv.Value.Prepend(kv.Key.Replace('_', ' ')).Max(l => Similarity(trimmed, l))))
            .OrderByDescending(x => x.Score).First();
        return best.Score >= Threshold ? best.Code : null;
    }

    /// <summary>Required canonical columns that neither a header nor the map's aliases provide (as the reader resolves them).</summary>
    public static IReadOnlyList<string> MissingRequired(IReadOnlyList<string> headers, DossierColumnMap? map)
    {
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (source, target) in (map ?? DossierColumnMap.Canonical).Columns) aliases[source.Trim()] = target.Trim();
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            var name = header.Trim().TrimStart('\uFEFF');
            found.Add(aliases.TryGetValue(name, out var canonical) ? canonical : name);
        }

        return DossierCodes.Required.Where(c => !found.Contains(c)).ToList();
    }

    /// <summary>Dice overlap of the two names' folded word sets (0–1).</summary>
    public static double Similarity(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        return 2.0 * x.Count(y.Contains) / (x.Count + y.Count);
    }

    private static HashSet<string> Words(string text) =>
        VietText.Fold(text).Split([' ', '_', '-', '.', ',', '(', ')', '/', ':', ';'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
