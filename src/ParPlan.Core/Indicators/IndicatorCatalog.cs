using ParPlan.Core.Plans;
using static ParPlan.Core.Indicators.IndicatorCodes;

namespace ParPlan.Core.Indicators;

/// <summary>The indicator catalogue (DOMAIN §8 and the targets of §6.2), keyed by concept.</summary>
public static class IndicatorCatalog
{
    private const string Pct = "%";
    private static readonly GovernmentLevel[] Local = [GovernmentLevel.Province, GovernmentLevel.District, GovernmentLevel.Commune];

    private static IndicatorDefinition Dossier(string code, string name, string num, string? den, Decision766Group? group,
        params KeywordRule[] rules) => new()
        {
            Code = code, Name = name, Unit = den is null ? "hồ sơ" : Pct, Kind = den is null ? IndicatorKind.Count : IndicatorKind.Rate,
            Source = IndicatorSource.Dossiers, Area = AreaCode.Procedures, Numerator = num, Denominator = den,
            Group766 = group, Keywords = rules,
        };

    private static IndicatorDefinition Manual(string code, string name, AreaCode area, string unit, string num, string? den,
        params KeywordRule[] rules) => new()
        {
            Code = code, Name = name, Unit = unit, Kind = den is null ? IndicatorKind.Count : IndicatorKind.Rate,
            Source = IndicatorSource.ManualEntry, Area = area, Numerator = num, Denominator = den, Keywords = rules,
        };

    private static KeywordRule K(int weight, params string[] allOf) => new(weight, allOf);

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        Dossier(OnTimeRate, "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn",
            "Hồ sơ hoàn thành trong kỳ, không muộn hơn hạn trả kết quả", "Hồ sơ hoàn thành trong kỳ (trừ hồ sơ rút)",
            Decision766Group.Progress, K(6, "dung han"), K(3, "truoc han"), K(3, "tre han"), K(2, "giai quyet", "ho so")),
        Dossier(OnlineRate, "Tỷ lệ hồ sơ TTHC nộp trực tuyến (toàn trình và một phần)",
            "Hồ sơ tiếp nhận trong kỳ qua kênh trực tuyến", "Hồ sơ tiếp nhận trong kỳ", Decision766Group.OnlineServices,
            K(4, "truc tuyen", "ho so"), K(3, "toan trinh", "mot phan"), K(3, "giao dich truc tuyen"),
            K(2, "phuong thuc dien tu", "ho so"), K(2, "su dung", "dich vu cong truc tuyen"), K(2, "su dung", "dvc truc tuyen"),
            K(2, "muc do 3"), K(-4, "thanh toan"), K(-3, "cung cap")),
        Dossier(OnlinePaymentRate, "Tỷ lệ hồ sơ thanh toán trực tuyến",
            "Hồ sơ tiếp nhận trong kỳ có nghĩa vụ tài chính và đã thanh toán trực tuyến",
            "Hồ sơ tiếp nhận trong kỳ có nghĩa vụ tài chính", Decision766Group.OnlineServices,
            K(6, "thanh toan truc tuyen"), K(3, "ho so", "thanh toan"), K(2, "giao dich thanh toan")),
        Dossier(DigitisedRate, "Tỷ lệ hồ sơ TTHC được số hoá",
            "Hồ sơ tiếp nhận trong kỳ được số hoá", "Hồ sơ tiếp nhận trong kỳ", Decision766Group.Digitisation,
            K(6, "so hoa", "ho so"), K(2, "tiep nhan", "so hoa")),
        Dossier(LateWithoutApology, "Số hồ sơ trễ hạn chưa có văn bản xin lỗi",
            "Hồ sơ hoàn thành trong kỳ sau hạn, hoặc chưa hoàn thành khi hết kỳ mà đã quá hạn, và không có xin lỗi", null,
            Decision766Group.Progress, K(4, "xin loi"), K(3, "cham", "muon"), K(2, "tre han", "xin loi")),
        Dossier(OnlineFullRate, "Tỷ lệ hồ sơ nộp trực tuyến toàn trình",
            "Hồ sơ tiếp nhận trực tuyến của TTHC toàn trình", "Hồ sơ tiếp nhận trong kỳ", Decision766Group.OnlineServices,
            K(3, "ho so", "toan trinh"), K(-3, "cung cap"), K(-2, "mot phan")),
        Dossier(OnlinePartialRate, "Tỷ lệ hồ sơ nộp trực tuyến một phần",
            "Hồ sơ tiếp nhận trực tuyến của TTHC một phần", "Hồ sơ tiếp nhận trong kỳ", Decision766Group.OnlineServices,
            K(3, "ho so", "mot phan"), K(-2, "toan trinh")),
        Dossier(DigitisedResultRate, "Tỷ lệ kết quả giải quyết TTHC được số hoá / cấp điện tử",
            "Hồ sơ hoàn thành trong kỳ có kết quả số hoá", "Hồ sơ hoàn thành trong kỳ (trừ hồ sơ rút)", Decision766Group.Digitisation,
            K(5, "so hoa", "ket qua"), K(5, "ket qua", "dien tu"), K(-3, "phuong thuc dien tu")),
        Dossier(ReuseRate, "Tỷ lệ khai thác, sử dụng lại dữ liệu đã số hoá",
            "Hồ sơ tiếp nhận trong kỳ có tái sử dụng dữ liệu", "Hồ sơ tiếp nhận trong kỳ", Decision766Group.Digitisation,
            K(6, "su dung lai"), K(5, "tai su dung"), K(3, "khong phai cung cap lai")),
        Dossier(SatisfactionRate, "Tỷ lệ hài lòng về giải quyết TTHC (đánh giá 4–5)",
            "Hồ sơ được đánh giá 4 hoặc 5", "Hồ sơ được đánh giá", Decision766Group.Satisfaction,
            K(6, "hai long"), K(2, "danh gia")),
        Dossier(LateApologyRate, "Tỷ lệ hồ sơ trễ hạn có văn bản xin lỗi",
            "Hồ sơ trễ hạn (hoàn thành muộn trong kỳ hoặc quá hạn khi hết kỳ) có xin lỗi", "Hồ sơ trễ hạn như trên",
            Decision766Group.Progress, K(5, "xin loi"), K(3, "cham", "muon"), K(2, "giai trinh")),
        Dossier(Received, "Số hồ sơ TTHC tiếp nhận", "Hồ sơ tiếp nhận trong kỳ", null, null, K(1, "tiep nhan", "ho so")),
        Dossier(OverdueAtEnd, "Số hồ sơ đang xử lý quá hạn cuối kỳ", "Hồ sơ chưa hoàn thành khi hết kỳ mà đã quá hạn", null,
            Decision766Group.Progress, K(2, "qua han")),

        Manual(SurveySatisfactionIndex, "Chỉ số hài lòng theo khảo sát SIPAS", AreaCode.Procedures, Pct,
            "Câu trả lời hài lòng, rất hài lòng của đợt khảo sát trong năm", "Câu trả lời của đợt khảo sát (chỉ số theo cách tính đã cấu hình)",
            K(8, "sipas"), K(7, "khao sat", "hai long"), K(6, "chi so hai long")),
        Manual(BoundaryFreeRate, "Tỷ lệ TTHC tiếp nhận, giải quyết phi địa giới hành chính", AreaCode.Procedures, Pct,
            "TTHC tiếp nhận, giải quyết không phụ thuộc địa giới", "TTHC thuộc thẩm quyền", K(8, "phi dia gioi"), K(4, "dia gioi hanh chinh")),
        Manual(FullOnlineProvisionRate, "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình", AreaCode.DigitalGovernment, Pct,
            "TTHC cung cấp DVC trực tuyến toàn trình", "TTHC đủ điều kiện", K(5, "cung cap", "toan trinh"),
            K(3, "dich vu cong truc tuyen toan trinh"), K(3, "nhieu phuong tien")),
        Manual(OnlinePaymentEnabledRate, "Tỷ lệ TTHC có nghĩa vụ tài chính được triển khai thanh toán trực tuyến", AreaCode.Procedures, Pct,
            "TTHC có phí, lệ phí đã tích hợp thanh toán trực tuyến", "TTHC có phí, lệ phí",
            K(5, "trien khai", "thanh toan"), K(5, "tich hop", "thanh toan"), K(3, "tthc", "nghia vu tai chinh"), K(2, "phi, le phi")),
        Manual(ProceduresPublishedOnTime, "Tỷ lệ TTHC công bố đúng hạn (QĐ 766)", AreaCode.Procedures, Pct,
            "TTHC công bố đúng hạn", "TTHC đã công bố trong kỳ", K(5, "cong bo"), K(4, "niem yet"), K(2, "cong khai", "tthc")),
        Manual(ElectronicRoutingRate, "Tỷ lệ hồ sơ luân chuyển nội bộ bằng phương thức điện tử", AreaCode.Procedures, Pct,
            "Hồ sơ luân chuyển nội bộ điện tử", "Hồ sơ giải quyết", K(7, "luan chuyen"), K(2, "noi bo", "dien tu")),
        Manual(DocumentsOnlineRate, "Tỷ lệ văn bản, hồ sơ công việc xử lý trên môi trường mạng", AreaCode.DigitalGovernment, Pct,
            "Văn bản, hồ sơ công việc xử lý trên môi trường mạng", "Văn bản, hồ sơ công việc",
            K(6, "hscv"), K(5, "ho so cong viec"), K(3, "xu ly vb"), K(3, "van ban", "moi truong mang"), K(3, "moi truong so")) with { Levels = Local },
        Manual(UnitDigitalSignatureRate, "Tỷ lệ văn bản ký số của cơ quan, đơn vị", AreaCode.DigitalGovernment, Pct,
            "Văn bản đi ký số cơ quan", "Văn bản đi", K(6, "ky so", "don vi"), K(3, "chu ky so"), K(-4, "lanh dao")) with { Levels = Local },
        Manual(LeaderDigitalSignatureRate, "Tỷ lệ văn bản ký số của lãnh đạo", AreaCode.DigitalGovernment, Pct,
            "Văn bản đi có chữ ký số lãnh đạo", "Văn bản đi", K(6, "ky so", "lanh dao")) with { Levels = Local },
        Manual(StaffReduction, "Tinh giản biên chế (so với năm gốc)", AreaCode.Apparatus, "biên chế",
            "Số biên chế có mặt", null, K(6, "bien che"), K(6, "tgbc"), K(4, "tinh gian")),
        Manual(Headcount, "Số cán bộ, công chức, viên chức", AreaCode.CivilService, "người",
            "Cán bộ, công chức, viên chức có mặt", null, K(3, "can bo, cong chuc"), K(2, "vien chuc")),
        Manual(ComplaintsHandledRate, "Tỷ lệ đơn thư, khiếu nại, phản ánh kiến nghị được xem xét, xử lý", AreaCode.CivilService, Pct,
            "Đơn, thư, PAKN được xem xét, xử lý", "Đơn, thư, PAKN tiếp nhận", K(5, "don, thu"), K(5, "khieu nai"), K(4, "phan anh"), K(3, "pakn")),
        Manual(CchcBudget, "Kinh phí thực hiện nhiệm vụ CCHC", AreaCode.PublicFinance, "VND",
            "Kinh phí đã bố trí cho CCHC", null, K(5, "kinh phi"), K(3, "du toan")),
        Manual(AutonomousUnits, "Số đơn vị sự nghiệp công lập tự chủ tài chính", AreaCode.PublicFinance, "đơn vị",
            "Đơn vị sự nghiệp tự chủ", null, K(6, "tu chu"), K(2, "don vi su nghiep")),
        Manual(InspectionCoverage, "Tỷ lệ cơ quan, đơn vị được kiểm tra công tác CCHC", AreaCode.Direction, Pct,
            "Cơ quan, đơn vị được kiểm tra trong kỳ", "Cơ quan, đơn vị thuộc phạm vi", K(6, "kiem tra", "co quan"), K(3, "kiem tra cong tac")),
        new IndicatorDefinition
        {
            Code = SubordinatePlansOnTime, Name = "Tỷ lệ cơ quan, đơn vị cấp dưới ban hành kế hoạch CCHC đúng hạn",
            Unit = Pct, Kind = IndicatorKind.Rate, Source = IndicatorSource.PlanData, Area = AreaCode.Direction,
            Numerator = "Đơn vị cấp dưới ban hành kế hoạch CCHC đúng hạn", Denominator = "Đơn vị cấp dưới phải ban hành",
            Keywords = [K(5, "ban hanh", "ke hoach"), K(3, "ke hoach cchc", "dung han")],
        },
        new IndicatorDefinition
        {
            Code = InitiativesRecognised, Name = "Số sáng kiến CCHC được công nhận",
            Unit = "sáng kiến", Kind = IndicatorKind.Count, Source = IndicatorSource.PlanData, Area = AreaCode.Direction,
            Numerator = "Sáng kiến được cấp có thẩm quyền công nhận trong kỳ (theo sổ sáng kiến)", Denominator = null,
            Keywords = [K(8, "sang kien"), K(2, "giai phap", "moi")],
        },
    ];

    private static readonly Dictionary<string, IndicatorDefinition> ByCode = All.ToDictionary(d => d.Code, StringComparer.Ordinal);

    public static IndicatorDefinition? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>Indicators the engine computes from dossier records.</summary>
    public static IEnumerable<IndicatorDefinition> FromDossiers => All.Where(d => d.Source == IndicatorSource.Dossiers);
}
