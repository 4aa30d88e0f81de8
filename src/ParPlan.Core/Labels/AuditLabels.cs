namespace ParPlan.Core.Labels;

// The label folder: every vocabulary shown to users has ONE home here, one static class per vocabulary in its own file
// named <Vocabulary>Labels.cs (namespace ParPlan.Core.Labels), with Label(code) (and Label(enum) where the core owns the
// enum) and a test in tests/ParPlan.Core.Tests/Labels that every code has a Vietnamese label. Pages, exports and CLI
// messages take their words from here and never show a code, an enum name, an English word or an ISO date.

/// <summary>The audit log's vocabulary: the Vietnamese names of the audited entity types and of their fields, and of
/// the three actions. Keys are the names the audit interceptor records (the CLR type name, the EF property name), so
/// the core needs no EF; the web project's test enumerates the EF model and fails on an entity or a field without a
/// label here.</summary>
public static class AuditLabels
{
    public const string UnknownEntity = "Dữ liệu khác";

    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["Unit"] = "Đơn vị",
        ["UnitParent"] = "Quan hệ trực thuộc",
        ["UnitName"] = "Tên đơn vị",
        ["UnitEvent"] = "Sự kiện của đơn vị",
        ["UnitSuccession"] = "Kế thừa đơn vị",
        ["UnitAlias"] = "Tên gọi khác của đơn vị",
        ["StandingAgency"] = "Cơ quan thường trực CCHC",
        ["UnitGroup"] = "Nhóm đơn vị",
        ["UnitGroupMember"] = "Thành viên nhóm đơn vị",
        ["UnitGroupAlias"] = "Cách gọi khác của nhóm",
        ["Plan"] = "Kế hoạch",
        ["PlanRevision"] = "Phiên bản kế hoạch",
        ["PlanArea"] = "Lĩnh vực của kế hoạch",
        ["PlanTask"] = "Nhiệm vụ",
        ["TaskAssignment"] = "Phân công nhiệm vụ",
        ["PlanTarget"] = "Chỉ tiêu của kế hoạch",
        ["UnitNameMapping"] = "Đối chiếu tên đơn vị",
        ["TriggerEvent"] = "Sự kiện khởi phát nhiệm vụ",
        ["ImportSession"] = "Phiên nhập kế hoạch",
        ["CascadeObligation"] = "Nghĩa vụ ban hành kế hoạch của cấp dưới",
        ["ChildUnitMapping"] = "Đối chiếu đơn vị khi xây dựng kế hoạch từ cấp trên",
        ["CoverageWaiverEntry"] = "Nhiệm vụ cấp trên không áp dụng cho địa phương",
        ["ProgressEntry"] = "Báo cáo tiến độ",
        ["Evidence"] = "Tài liệu minh chứng",
        ["Notification"] = "Thông báo",
        ["SearchEntry"] = "Mục tìm kiếm",
        ["CatalogIndicator"] = "Chỉ số trong danh mục",
        ["IndicatorTarget"] = "Chỉ tiêu của chỉ số",
        ["IndicatorActual"] = "Số liệu thực hiện",
        ["StoredIndicatorValue"] = "Giá trị chỉ số đã tính",
        ["Dossier"] = "Hồ sơ một cửa",
        ["LateDossierApology"] = "Giải trình, xin lỗi hồ sơ trễ hạn",
        ["Dialogue"] = "Cuộc đối thoại với người dân, doanh nghiệp",
        ["DialogueIssue"] = "Vấn đề nêu tại đối thoại",
        ["Commitment"] = "Bản cam kết thực hiện CCHC",
        ["CommitmentObligation"] = "Nội dung cam kết",
        ["Initiative"] = "Sáng kiến cải cách hành chính",
        ["FeedbackEntry"] = "Phản ánh, kiến nghị",
        ["SurveyCampaign"] = "Đợt khảo sát sự hài lòng",
        ["SurveyResponse"] = "Phiếu khảo sát sự hài lòng",
        ["SurveySectorTarget"] = "Chỉ tiêu hài lòng theo lĩnh vực",
        ["SurveyQuestion"] = "Câu hỏi khảo sát sự hài lòng",
        ["DossierProcedure"] = "Thủ tục hành chính",
        ["DossierSourceMap"] = "Ánh xạ cột dữ liệu hồ sơ",
        ["ImportBatch"] = "Đợt nhập hồ sơ",
        ["ImportRejection"] = "Dòng hồ sơ bị loại",
        ["GovernmentRegime"] = "Chế độ báo cáo",
        ["AdHocReportRequest"] = "Báo cáo đột xuất",
        ["ReportInstance"] = "Báo cáo định kỳ",
        ["ReportSection"] = "Mục của báo cáo",
        ["ReportWaiver"] = "Miễn báo cáo của đơn vị",
        ["ParCriteriaSet"] = "Bộ tiêu chí Chỉ số CCHC",
        ["ParAssessment"] = "Bản tự đánh giá Chỉ số CCHC",
        ["ParAssessmentItem"] = "Điểm tiêu chí Chỉ số CCHC",
        ["ParEvidence"] = "Tài liệu kiểm chứng Chỉ số CCHC",
        ["ParAreaOwner"] = "Đơn vị chấm điểm lĩnh vực",
        ["InspectionPlan"] = "Kế hoạch kiểm tra CCHC",
        ["InspectionUnit"] = "Đơn vị trong kế hoạch kiểm tra",
        ["InspectionVisit"] = "Cuộc kiểm tra tại đơn vị",
        ["InspectionFinding"] = "Tồn tại, hạn chế qua kiểm tra",
        ["ParRemediation"] = "Đề xuất khắc phục điểm bị trừ Chỉ số CCHC",
        ["AppUser"] = "Tài khoản người dùng",
        ["IdentityRole"] = "Vai trò",
        ["IdentityUserRole"] = "Vai trò của tài khoản",
        ["IdentityUserClaim"] = "Thuộc tính của tài khoản",
        ["IdentityUserLogin"] = "Đăng nhập ngoài của tài khoản",
        ["IdentityUserToken"] = "Mã bảo mật của tài khoản",
        ["IdentityRoleClaim"] = "Thuộc tính của vai trò",
        ["IdentityUserPasskey"] = "Khóa đăng nhập của tài khoản",
    };

    /// <summary>Field names shared by many entities (used when no entity-specific name exists).</summary>
    private static readonly Dictionary<string, string> CommonFields = new(StringComparer.Ordinal)
    {
        ["Id"] = "Mã nội bộ",
        ["Code"] = "Mã định danh",
        ["Name"] = "Tên",
        ["Title"] = "Tiêu đề",
        ["Version"] = "Phiên bản",
        ["ValidFrom"] = "Hiệu lực từ",
        ["ValidTo"] = "Hiệu lực đến",
        ["EffectiveOn"] = "Có hiệu lực từ",
        ["UnitId"] = "Đơn vị",
        ["ParentId"] = "Đơn vị cấp trên",
        ["GovernmentId"] = "Ủy ban nhân dân",
        ["AgencyId"] = "Cơ quan",
        ["GroupId"] = "Nhóm",
        ["PlanId"] = "Kế hoạch",
        ["TaskId"] = "Nhiệm vụ",
        ["PlanTaskId"] = "Nhiệm vụ",
        ["UserId"] = "Tài khoản",
        ["RoleId"] = "Vai trò",
        ["Text"] = "Nội dung",
        ["MatchKey"] = "Khóa so khớp",
        ["Note"] = "Ghi chú",
        ["Reference"] = "Căn cứ",
        ["Basis"] = "Căn cứ",
        ["Description"] = "Mô tả",
        ["Kind"] = "Loại",
        ["Level"] = "Cấp",
        ["Status"] = "Trạng thái",
        ["CreatedAt"] = "Tạo lúc",
        ["CreatedBy"] = "Người tạo",
        ["UpdatedAt"] = "Cập nhật lúc",
        ["UpdatedBy"] = "Người cập nhật",
        ["At"] = "Thời điểm",
        ["Number"] = "Số",
        ["Year"] = "Năm",
        ["Period"] = "Kỳ",
        ["Value"] = "Giá trị",
        ["Comment"] = "Nhận xét",
        ["Order"] = "Thứ tự",
        ["SortOrder"] = "Thứ tự",
        ["IndicatorCode"] = "Chỉ số",
        ["Area"] = "Lĩnh vực",
        ["ConcurrencyStamp"] = "Dấu đồng bộ",
        ["Source"] = "Nguồn",
        ["Unit"] = "Đơn vị tính",
        ["FileName"] = "Tên tệp",
        ["FileHash"] = "Dấu vân tay tệp",
        ["UserName"] = "Tên đăng nhập",
        ["DueDate"] = "Thời hạn",
        ["ClosedAt"] = "Kết thúc lúc",
        ["ClosedBy"] = "Người kết thúc",
        ["Percent"] = "Tỷ lệ hoàn thành (%)",
        ["Comparator"] = "Phép so sánh",
        ["Stretch"] = "Mức phấn đấu",
        ["AreaCode"] = "Lĩnh vực",
        ["Field"] = "Lĩnh vực thủ tục",
        ["Link"] = "Đường dẫn",
        ["UnitCode"] = "Đơn vị",
        ["RecordedAt"] = "Ghi nhận lúc",
        ["RecordedBy"] = "Người ghi nhận",
        ["FinishedAt"] = "Hoàn tất lúc",
        ["StartedAt"] = "Bắt đầu lúc",
        ["Error"] = "Lỗi",
        ["Reason"] = "Lý do",
        ["Line"] = "Dòng",
        ["BatchId"] = "Đợt nhập",
        ["Key"] = "Mã thủ tục",
        ["Baseline"] = "Giá trị năm gốc",
        ["Numerator"] = "Tử số",
        ["Denominator"] = "Mẫu số",
        ["ClaimType"] = "Loại thuộc tính",
        ["ClaimValue"] = "Giá trị thuộc tính",
        ["LoginProvider"] = "Nhà cung cấp đăng nhập",
        ["ProviderKey"] = "Mã đăng nhập ngoài",
        ["ProviderDisplayName"] = "Tên nhà cung cấp",
        ["NormalizedName"] = "Tên chuẩn hóa",
    };

    public static string Action(string action) => action switch
    {
        "Added" => "Thêm",
        "Modified" => "Sửa",
        "Deleted" => "Xóa",
        _ => "Thay đổi",
    };

    /// <summary>The Vietnamese name of an audited entity type, or "Dữ liệu khác" for one the log does not know.</summary>
    public static string Entity(string entityType) => Entities.GetValueOrDefault(entityType, UnknownEntity);

    public static bool HasEntity(string entityType) => Entities.ContainsKey(entityType);

    /// <summary>The Vietnamese name of a field: the entity's own name for it, else the shared one, else "Trường khác".</summary>
    public static string Field(string entityType, string property) =>
        AuditEntityFields.ByEntity.TryGetValue(entityType + "." + property, out var own) ? own : CommonFields.GetValueOrDefault(property, "Trường khác");

    public static bool HasField(string entityType, string property) =>
        AuditEntityFields.ByEntity.ContainsKey(entityType + "." + property) || CommonFields.ContainsKey(property);

    /// <summary>Every entity type the vocabulary names, for the entity filter of the log.</summary>
    public static IReadOnlyCollection<string> EntityTypes => Entities.Keys;

    /// <summary>Every label (entity and field names), for the test that they are Vietnamese.</summary>
    public static IEnumerable<string> AllLabels => Entities.Values.Concat(CommonFields.Values).Concat(AuditEntityFields.ByEntity.Values);
}
