using System.Text.Json;

namespace ParPlan.Core.Reports;

/// <summary>
/// The rows of an annex template besides the task figures and dossier indicators (DOMAIN §7.2, candidate annex rows),
/// per annex key: lower governments report on inspections, institutions, TTHC, apparatus, civil service, public finance
/// and digital government, and on the records the plans require (feedback, late-dossier apologies, dialogues,
/// commitments, the survey, initiatives, PAR INDEX remediation: <see cref="RecordAnnexRows"/>, filled from the store);
/// agencies (sở, phòng) on the part that concerns them. Values start empty.
/// </summary>
public static class AnnexTemplates
{
    private static readonly TypedAnnexRow[] OwnRows =
    [
        new("inspection.units", "direction", "Số cơ quan, đơn vị được kiểm tra cải cách hành chính", "cơ quan, đơn vị"),
        new("inspection.issues", "direction", "Số vấn đề phát hiện qua kiểm tra", "vấn đề"),
        new("inspection.fixed", "direction", "Số vấn đề đã khắc phục", "vấn đề"),
        new("institutions.issued", "institutions", "Số văn bản quy phạm pháp luật được ban hành", "văn bản"),
        new("institutions.reviewed", "institutions", "Số văn bản được rà soát, kiểm tra", "văn bản"),
        new("procedures.published", "procedures", "Số thủ tục hành chính được công bố, công khai", "thủ tục"),
        new("procedures.simplified", "procedures", "Số thủ tục hành chính được đơn giản hóa", "thủ tục"),
        new("apparatus.units", "apparatus", "Số cơ quan chuyên môn và đơn vị sự nghiệp công lập", "cơ quan, đơn vị"),
        new("apparatus.staff", "apparatus", "Số biên chế được giao / có mặt", "người"),
        new("civil-service.trained", "civil-service", "Số cán bộ, công chức, viên chức được đào tạo, bồi dưỡng", "người"),
        new("civil-service.disciplined", "civil-service", "Số cán bộ, công chức, viên chức bị kỷ luật", "người"),
        new("public-finance.autonomous", "public-finance", "Số đơn vị sự nghiệp công lập tự chủ tài chính", "đơn vị"),
        new("digital.signed", "digital-government", "Tỷ lệ văn bản gửi, nhận dưới dạng điện tử có ký số", "%"),
        new("digital.online-services", "digital-government", "Số dịch vụ công trực tuyến toàn trình", "dịch vụ"),
    ];

    /// <summary>The rows typed in and the rows computed from the records (<see cref="RecordAnnexRows"/>), area by area in
    /// the outline's order.</summary>
    private static readonly IReadOnlyList<TypedAnnexRow> GovernmentRows = OwnRows.Concat(RecordAnnexRows.Definitions)
        .OrderBy(r => Plans.AreaNames.Order(r.Area)).ToList();

    private static readonly string[] AgencyCodes =
    [
        "institutions.issued", "institutions.reviewed", "procedures.published", "procedures.simplified",
        "civil-service.trained", "civil-service.disciplined", "digital.signed", "digital.online-services",
        .. RecordAnnexRows.AgencyCodes,
    ];

    /// <summary>The typed-in rows of annex template <paramref name="annexKey"/>, values empty; an unknown key gets the
    /// lower governments' rows.</summary>
    public static IReadOnlyList<TypedAnnexRow> TypedRows(string annexKey) => annexKey == DefaultRegimes.AgencyAnnex
        ? GovernmentRows.Where(r => AgencyCodes.Contains(r.Code)).ToList()
        : GovernmentRows;

    /// <summary>The template's rows with the values the officer typed (by code); rows the template does not know are
    /// kept after them.</summary>
    public static IReadOnlyList<TypedAnnexRow> Merge(string annexKey, IEnumerable<TypedAnnexRow> typed)
    {
        var byCode = typed.GroupBy(t => t.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var rows = TypedRows(annexKey).Select(r => byCode.TryGetValue(r.Code, out var t) ? r with { Value = t.Value, Note = t.Note, Computed = t.Computed } : r).ToList();
        rows.AddRange(byCode.Values.Where(t => rows.All(r => r.Code != t.Code)));
        return rows;
    }

    /// <summary>The rows as JSON, to keep with a report.</summary>
    public static string ToJson(IEnumerable<TypedAnnexRow> rows) => JsonSerializer.Serialize(rows.ToList(), JsonOptions);

    public static IReadOnlyList<TypedAnnexRow> FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<TypedAnnexRow>>(json, JsonOptions) ?? [];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
