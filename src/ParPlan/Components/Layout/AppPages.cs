using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using MudBlazor;
using ParPlan.Features.Auth;

namespace ParPlan.Components.Layout;

/// <summary>The one list of ParPlan's top-level pages and who sees them. The menu (<see cref="NavMenu"/>), the
/// breadcrumb and the home page are built from it; a new page adds its line here and its test in PageRegistryTests
/// checks that the line and the page's <c>[Authorize(Policy = …)]</c> agree.</summary>
public static class AppPages
{
    public const string Work = "Công việc";
    public const string PlansAndIndicators = "Kế hoạch và chỉ số";
    public const string Reports = "Báo cáo";
    public const string Records = "Sổ theo dõi";
    public const string Organisation = "Tổ chức";
    public const string Administration = "Quản trị";

    public static readonly AppPage Home = new("/", "Trang chủ", Icons.Material.Filled.Home, Policies.SignedIn, Work);
    public static readonly AppPage MyTasks = new("/nhiem-vu", "Nhiệm vụ", Icons.Material.Filled.TaskAlt, Policies.SignedIn, Work);
    public static readonly AppPage FollowUp = new("/theo-doi", "Theo dõi, đôn đốc", Icons.Material.Filled.NotificationsActive, Policies.ManagePlans, Work);
    public static readonly AppPage Dashboard = new("/bang-dieu-khien", "Bảng điều khiển", Icons.Material.Filled.Dashboard, Policies.FollowProgress, Work);

    public static readonly AppPage Plans = new("/ke-hoach", "Kế hoạch", Icons.Material.Filled.Assignment, Policies.SignedIn, PlansAndIndicators);
    public static readonly AppPage PlanImport = new("/ke-hoach/nhap", "Nhập kế hoạch", Icons.Material.Filled.UploadFile, Policies.ManagePlans, PlansAndIndicators, InMenu: false);
    public static readonly AppPage PlanCreate = new("/ke-hoach/moi", "Tạo kế hoạch", Icons.Material.Filled.NoteAdd, Policies.ManagePlans, PlansAndIndicators, InMenu: false);
    public static readonly AppPage UpperPlans = new("/ke-hoach/cap-tren", "Kế hoạch cấp trên", Icons.Material.Filled.AccountTree, Policies.SignedIn, PlansAndIndicators, InMenu: false);
    public static readonly AppPage Indicators = new("/chi-so", "Chỉ số", Icons.Material.Filled.Insights, Policies.SignedIn, PlansAndIndicators);
    public static readonly AppPage DossierImport = new("/chi-so/nhap", "Nhập hồ sơ một cửa", Icons.Material.Filled.UploadFile, Policies.ManagePlans, PlansAndIndicators, InMenu: false);
    public static readonly AppPage Dossiers = new("/chi-so/ho-so", "Hồ sơ", Icons.Material.Filled.Folder, Policies.SignedIn, PlansAndIndicators, InMenu: false);
    public static readonly AppPage UnitValues = new("/chi-so/don-vi", "Chỉ số theo đơn vị", Icons.Material.Filled.Insights, Policies.SignedIn, PlansAndIndicators, InMenu: false);
    public static readonly AppPage LateDossiers = new("/ho-so-tre-han", "Hồ sơ trễ hạn", Icons.Material.Filled.MarkEmailRead, Policies.SignedIn, PlansAndIndicators);
    public static readonly AppPage Surveys = new("/khao-sat", "Khảo sát sự hài lòng", Icons.Material.Filled.SentimentSatisfied, Policies.SignedIn, PlansAndIndicators);
    public static readonly AppPage SurveyCreate = new("/khao-sat/tao", "Tạo đợt khảo sát", Icons.Material.Filled.AddChart, Policies.ManagePlans, PlansAndIndicators, InMenu: false);
    public static readonly AppPage ParIndex = new("/chi-so-cchc", "Chỉ số CCHC", Icons.Material.Filled.Leaderboard, Policies.SignedIn, PlansAndIndicators);
    public static readonly AppPage ParImport = new("/chi-so-cchc/nhap", "Nhập bộ tiêu chí", Icons.Material.Filled.UploadFile, Policies.Appraise, PlansAndIndicators, InMenu: false);
    public static readonly AppPage ParAppraisal = new("/chi-so-cchc/tham-dinh", "Thẩm định Chỉ số CCHC", Icons.Material.Filled.FactCheck, Policies.Appraise, PlansAndIndicators);
    public static readonly AppPage ParResults = new("/chi-so-cchc/ket-qua", "Kết quả Chỉ số CCHC", Icons.Material.Filled.EmojiEvents, Policies.SignedIn, PlansAndIndicators, InMenu: false);
    public static readonly AppPage Inspections = new("/kiem-tra", "Kiểm tra CCHC", Icons.Material.Filled.FactCheck, Policies.SignedIn, PlansAndIndicators);
    public static readonly AppPage ParRemediation = new("/chi-so-cchc/khac-phuc", "Khắc phục điểm bị trừ", Icons.Material.Filled.Build, Policies.SignedIn, PlansAndIndicators, InMenu: false);
    public static readonly AppPage Search = new("/tim-kiem", "Tìm kiếm", Icons.Material.Filled.Search, Policies.SignedIn, PlansAndIndicators);

    public static readonly AppPage ReportCalendar = new("/bao-cao", "Lịch báo cáo", Icons.Material.Filled.CalendarMonth, Policies.SignedIn, Reports);
    public static readonly AppPage ReportReview = new("/bao-cao/cho-tiep-nhan", "Báo cáo chờ tiếp nhận", Icons.Material.Filled.Inbox, Policies.ManagePlans, Reports);
    public static readonly AppPage ReportConsolidation = new("/bao-cao/tong-hop", "Tổng hợp báo cáo", Icons.Material.Filled.Summarize, Policies.FollowProgress, Reports);
    public static readonly AppPage ReportRegimes = new("/bao-cao/che-do", "Chế độ báo cáo", Icons.Material.Filled.EventNote, Policies.FollowProgress, Reports);

    public static readonly AppPage Dialogues = new("/doi-thoai", "Đối thoại", Icons.Material.Filled.Forum, Policies.SignedIn, Records);
    public static readonly AppPage Commitments = new("/cam-ket", "Cam kết", Icons.Material.Filled.Handshake, Policies.SignedIn, Records);
    public static readonly AppPage Initiatives = new("/sang-kien", "Sáng kiến", Icons.Material.Filled.Lightbulb, Policies.SignedIn, Records);
    public static readonly AppPage Feedback = new("/phan-anh-kien-nghi", "Phản ánh, kiến nghị", Icons.Material.Filled.Feedback, Policies.SignedIn, Records);

    public static readonly AppPage Units = new("/don-vi", "Đơn vị", Icons.Material.Filled.AccountTree, Policies.SignedIn, Organisation);
    /// <summary>The same page as <see cref="Units"/> under the address administrators had; the unit pages, groups and
    /// standing agencies sit below it, so their breadcrumb leads back to the tree.</summary>
    public static readonly AppPage UnitsUnderOrganisation = new("/to-chuc", "Đơn vị", Icons.Material.Filled.AccountTree, Policies.SignedIn, Organisation, InMenu: false);
    public static readonly AppPage OrgGroups = new("/to-chuc/nhom", "Nhóm đơn vị", Icons.Material.Filled.Workspaces, Policies.ReadOrganisation, Organisation);
    public static readonly AppPage OrgStanding = new("/to-chuc/thuong-truc", "Cơ quan thường trực CCHC", Icons.Material.Filled.Star, Policies.ReadOrganisation, Organisation);

    public static readonly AppPage AuditLog = new("/nhat-ky", "Nhật ký thay đổi", Icons.Material.Filled.History, Policies.Administer, Administration);

    /// <summary>Every top-level page, in menu order.</summary>
    public static readonly IReadOnlyList<AppPage> All =
    [
        Home, MyTasks, FollowUp, Dashboard,
        Plans, PlanImport, PlanCreate, UpperPlans, Indicators, DossierImport, Dossiers, UnitValues, LateDossiers, Surveys, SurveyCreate, ParIndex, ParImport, ParAppraisal, ParResults, ParRemediation, Inspections, Search,
        ReportCalendar, ReportReview, ReportConsolidation, ReportRegimes,
        Dialogues, Commitments, Initiatives, Feedback,
        Units, UnitsUnderOrganisation, OrgGroups, OrgStanding,
        AuditLog,
    ];

    /// <summary>The pages the user may open, in menu order.</summary>
    public static async Task<IReadOnlyList<AppPage>> AllowedAsync(ClaimsPrincipal user, IAuthorizationService authorization)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var policy in All.Select(p => p.Policy).Distinct())
        {
            if ((await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                allowed.Add(policy);
            }
        }

        return All.Where(p => allowed.Contains(p.Policy)).ToList();
    }

    /// <summary>The trail from the home page to <paramref name="path"/>: every page that contains it, shortest first.</summary>
    public static IReadOnlyList<AppPage> Trail(string path) =>
        All.Where(p => p.Contains(path)).OrderBy(p => p.Path.Length).ToList();
}
