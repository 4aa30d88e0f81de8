using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Labels;
using ParPlan.Data;
using ParPlan.Features.ParIndex;
using ParPlan.Features.Plans;
using ParPlan.Features.Records;
using ParPlan.Features.Surveys;
using PlanTask = ParPlan.Features.Plans.PlanTask;

namespace ParPlan.Tests.Features.Reports;

/// <summary>Records for the report tests, written straight into the store of a <see cref="ReportWorld"/>: feedback,
/// dialogues and their issues, initiatives, commitments, PAR INDEX remediation, a survey campaign and late dossiers,
/// dated around Quý III 2026 (window 15/06–14/09/2026).</summary>
public static class ReportRecordsWorld
{
    public const string Q3 = "2026-Q3";

    public static DateOnly D(int month, int day) => new(2026, month, day);

    public static DateTimeOffset At(int month, int day) => new(2026, month, day, 3, 0, 0, TimeSpan.Zero);

    public static FeedbackEntry Feedback(Guid government, Guid handler, DateOnly received, DateOnly due, DateOnly? resolved, string? satisfaction = null,
        bool within = true) => new()
    {
        GovernmentId = government, HandlerUnitId = handler, Number = "PA-" + Guid.NewGuid().ToString("N")[..8], Channel = FeedbackChannelLabels.Portal,
        IntakeAddress = "Cổng dịch vụ công", ReceivedOn = received, Content = "Phản ánh", DueOn = due, WithinCompetence = within,
        ResolvedOn = resolved, Outcome = resolved is null ? null : "Đã xử lý", Satisfaction = satisfaction, RecordedBy = "test", RecordedAt = At(1, 1),
    };

    public static Task AddAsync(ReportWorld w, params object[] entities) => w.Database.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    });

    /// <summary>The province's records of Quý III, with what lies outside the window beside each, hand-counted in the
    /// tests: feedback 4 received (3 within competence: 2 on time, 2 unsatisfied or late), 2 late dossiers of a commune
    /// (1 apologised), a dialogue with 2 issues (1 closed, 1 open and overdue), 1 initiative proposed and 1 recognised,
    /// 1 commitment signed and reported, remediation 2 proposed, 1 accepted, 1 done, a survey with 1 of 2 sectors below
    /// its floor.</summary>
    public static async Task ProvinceAsync(ReportWorld w)
    {
        var (p, agency, commune) = (w.Province, w.Agency, w.Communes[0]);
        var code = await w.CodeOfAsync(0);
        var dialogue = new Dialogue { GovernmentId = p, HeldOn = D(7, 1), Title = "Đối thoại với doanh nghiệp", Participants = "Doanh nghiệp", CreatedBy = "test" };
        var later = new Dialogue { GovernmentId = p, HeldOn = D(9, 20), Title = "Đối thoại sau kỳ", Participants = "Người dân", CreatedBy = "test" };
        var commitment = new Commitment
        {
            GovernmentId = p, Year = 2026, Pair = SignatoryPairLabels.SteeringMemberWithChair, Signatory = "Giám đốc Sở Nội vụ", Counterpart = "Chủ tịch UBND tỉnh",
            SignatoryUnitId = agency, SignedOn = D(2, 1), CreatedBy = "test",
        };
        var late1 = ReportWorld.Dossier(code, D(7, 1), D(7, 5), D(7, 10));
        var late2 = ReportWorld.Dossier(code, D(7, 1), D(7, 6), D(7, 12));
        var afterWindow = ReportWorld.Dossier(code, D(9, 16), D(9, 17), D(9, 19));
        var planId = await w.Database.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Plans.Where(x => x.GovernmentId == p).Select(x => x.Id).SingleAsync());
        var (set, assessment, task) = Remediable(w, planId);
        var campaign = new SurveyCampaign { GovernmentId = p, Year = 2026, Title = "Khảo sát SIPAS 2026", CreatedAt = At(5, 1) };
        await AddAsync(w,
            Feedback(p, agency, D(6, 20), D(7, 5), D(7, 1), FeedbackSatisfactionLabels.Satisfied),
            Feedback(p, agency, D(7, 1), D(7, 10), D(7, 20)),
            Feedback(p, agency, D(8, 1), D(8, 15), D(8, 10), FeedbackSatisfactionLabels.Unsatisfied),
            Feedback(p, agency, D(9, 5), D(9, 20), null, within: false),
            Feedback(p, agency, D(6, 10), D(6, 20), D(6, 12)),
            dialogue, later,
            new DialogueIssue { DialogueId = dialogue.Id, Text = "Rút ngắn thời gian cấp phép", LeadUnitId = agency, DueOn = D(8, 1), ClosedOn = D(7, 25) },
            new DialogueIssue { DialogueId = dialogue.Id, Text = "Công khai quy hoạch", LeadUnitId = commune, DueOn = D(9, 1) },
            new DialogueIssue { DialogueId = later.Id, Text = "Sau kỳ", LeadUnitId = agency, DueOn = D(10, 1) },
            new Initiative { GovernmentId = p, UnitId = agency, Title = "Một cửa số", ProposedOn = D(7, 1), UpdatedBy = "test", UpdatedAt = At(7, 1) },
            new Initiative
            {
                GovernmentId = p, UnitId = agency, Title = "Phiếu hẹn điện tử", ProposedOn = D(5, 1), Stage = InitiativeStageLabels.Recognised,
                RecognitionLevel = RecognitionLevelLabels.Codes[0], DecisionNumber = "12/QĐ-UBND", DecisionDate = D(8, 1), UpdatedBy = "test", UpdatedAt = At(8, 1),
            },
            new Initiative { GovernmentId = p, UnitId = agency, Title = "Sau kỳ", ProposedOn = D(9, 16), UpdatedBy = "test", UpdatedAt = At(9, 16) },
            commitment,
            new CommitmentObligation { CommitmentId = commitment.Id, Order = 1, Text = "Hoàn thành kế hoạch", Report = "Đã hoàn thành", ReportedAt = At(9, 1), ReportedBy = "test" },
            late1, late2, afterWindow,
            new LateDossierApology
            {
                DossierId = late1.Id, Explanation = "Chờ ý kiến liên ngành", LetterNumber = "01/TXL", LetterDate = D(7, 9), Method = ApologyMethodLabels.Codes[0],
                Complete = true, RecordedBy = "test", RecordedAt = At(7, 9),
            },
            set, assessment, task,
            Remediation(p, assessment.Id, "1.1", At(3, 1), ParRemediationStatuses.Accepted, At(3, 10), task.Id, 2026),
            Remediation(p, assessment.Id, "1.2", At(3, 1), ParRemediationStatuses.Proposed, null, null, 2026),
            Remediation(p, assessment.Id, "1.3", At(9, 16), ParRemediationStatuses.Proposed, null, null, 2026),
            Remediation(p, assessment.Id, "1.4", At(3, 1), ParRemediationStatuses.Accepted, At(3, 10), null, 2025),
            campaign,
            new SurveySectorTarget { GovernmentId = p, Year = 2026, Sector = "Đất đai", Floor = 85 },
            new SurveySectorTarget { GovernmentId = p, Year = 2026, Sector = "Y tế", Floor = 85 },
            Response(campaign.Id, "Đất đai", 2), Response(campaign.Id, "Y tế", 5));
    }

    public static SurveyResponse Response(Guid campaign, string sector, int answer) => new()
    {
        CampaignId = campaign, Sector = sector, ImportedAt = At(5, 2),
        Answers = JsonSerializer.Serialize(SipasElementLabels.Codes.ToDictionary(c => c, _ => answer)),
    };

    private static (ParCriteriaSet, ParAssessment, PlanTask) Remediable(ReportWorld w, Guid planId)
    {
        var set = new ParCriteriaSet
        {
            Name = "Bộ tiêu chí thử", Issuer = "Bộ Nội vụ", Year = 2025, Block = "province", SetVersion = 1, EffectiveFrom = new DateOnly(2025, 1, 1),
            LockOn = new DateOnly(2026, 12, 31), Json = "{}", CreatedAt = At(1, 1), CreatedBy = "test",
        };
        var assessment = new ParAssessment { CriteriaSetId = set.Id, UnitId = w.Province, CreatedAt = At(1, 2), UpdatedAt = At(1, 2), UpdatedBy = "test" };
        var task = new PlanTask
        {
            PlanId = planId, Ref = "KP.1", Order = 999, AreaCode = "direction", Title = "Khắc phục tiêu chí 1.1", ScheduleText = "Tháng 8/2026", ScheduleJson = "{}",
            ScheduleKind = "date", DueDate = D(8, 31), Status = PlanTaskStatus.Done, ClosedAt = At(8, 1),
        };
        return (set, assessment, task);
    }

    private static ParRemediation Remediation(Guid government, Guid assessment, string code, DateTimeOffset created, string status, DateTimeOffset? decided,
        Guid? task, int year) => new()
    {
        AssessmentId = assessment, GovernmentId = government, Code = code, CriterionTitle = "Tiêu chí " + code, MaxPoints = 1, Points = 0.5m, PlanYear = year,
        Title = "Khắc phục " + code, AreaCode = "direction", Status = status, CreatedAt = created, DecidedAt = decided, TaskId = task, DecidedBy = decided is null ? null : "test",
    };
}
