using System.Globalization;
using ParPlan.Core.ParIndex;
using ParPlan.Data;
using ParPlan.Features.ParIndex;

namespace ParPlan.Features.Demo;

/// <summary>
/// The demo's PAR INDEX: one sample commune criteria set of Quảng Trị for the current year, labelled as an example and
/// not official, on the eight fields of the provincial index (scale 100: 70 from the fields, 30 from the survey); the
/// areas of xã Vĩnh Linh given to its units; xã Vĩnh Linh half-way through its self-assessment, xã Vĩnh Thủy submitted
/// and waiting for appraisal, xã Cửa Tùng finalised so the ranking has a row and its lost points wait as remediation proposals.
/// </summary>
public sealed class DemoParIndex(AppDbContext db, ParProposals proposals, ParRemediationProposals remediation, TimeProvider time)
{
    public async Task CreateAsync(IReadOnlyDictionary<string, Guid> units, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var set = SampleSet(today);
        var now = time.GetUtcNow();
        var stored = new ParCriteriaSet
        {
            GovernmentId = units["QT"], Name = set.Name, Issuer = set.Issuer, Year = set.Year, Block = set.Block, SetVersion = 1,
            EffectiveFrom = set.EffectiveFrom, LockOn = set.SelfAssessmentLockOn, Example = true, Json = CriteriaJson.Write(set), CreatedAt = now, CreatedBy = "demo",
        };
        db.Add(stored);
        var owners = new[] { ("direction", "VP"), ("institutions", "VHXH"), ("procedures", "HCC"), ("apparatus", "VP"), ("civil-service", "VP"),
            ("public-finance", "KT"), ("digital-government", "HCC"), ("impact", "VHXH") };
        foreach (var (area, unit) in owners)
        {
            db.Add(new ParAreaOwner { GovernmentId = units["QT.XA.VINHLINH"], Area = area, UnitId = units["QT.XA.VINHLINH." + unit] });
        }

        var calculator = new ParIndexCalculator(set);
        var leaves = set.Leaves().ToList();
        foreach (var (code, status, share) in new[] { ("QT.XA.VINHLINH", ParStatuses.Open, 0.5), ("QT.XA.VINHTHUY", ParStatuses.Submitted, 1.0), ("QT.XA.CUATUNG", ParStatuses.Finalized, 1.0) })
        {
            var assessment = new ParAssessment { CriteriaSetId = stored.Id, UnitId = units[code], Status = status, CreatedAt = now, UpdatedAt = now, UpdatedBy = "demo",
                SubmittedAt = status == ParStatuses.Open ? null : now };
            db.Add(assessment);
            var computed = await proposals.ComputeAsync(units[code], set, ct);
            var items = new List<ParAssessmentItem>();
            for (var i = 0; i < leaves.Count; i++)
            {
                var leaf = leaves[i];
                var proposal = computed.GetValueOrDefault(leaf.Code);
                var scored = i < leaves.Count * share;
                var score = scored ? Demo(leaf, proposal?.Points, code == "QT.XA.CUATUNG") : (decimal?)null;
                items.Add(new ParAssessmentItem { AssessmentId = assessment.Id, Code = leaf.Code, ProposedScore = proposal?.Points, ProposalNote = proposal?.Note,
                    SelfScore = score, Explanation = scored ? "Căn cứ hồ sơ lưu tại Văn phòng HĐND và UBND xã." : null,
                    AppraisedScore = status == ParStatuses.Finalized ? score : null });
            }

            db.AddRange(items);
            assessment.SelfTotal = items.Sum(i => i.SelfScore ?? 0);
            assessment.AppraisedTotal = items.Sum(i => i.AppraisedScore ?? i.SelfScore ?? 0);
            if (status == ParStatuses.Finalized)
            {
                assessment.SurveyPoints = 26.5m;
                var result = calculator.Compute(new IndexInput(items.ToDictionary(i => i.Code, i => new LeafScore(i.AppraisedScore ?? 0)), 26.5m));
                (assessment.Index, assessment.Band, assessment.FinalizedAt) = (result.Index, result.Band, now);
                await remediation.StageAsync(new ParLoaded(assessment, stored, set, items), ct);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A plausible self-score: the proposal where ParPlan computed one, else most of the maximum on the rule's grid.</summary>
    private static decimal Demo(CriterionNode leaf, decimal? proposed, bool strong)
    {
        if (proposed is { } p) return p;
        var rule = leaf.Rule!;
        if (rule.Kind == RuleKinds.Choice) return rule.Options![strong ? 0 : Math.Min(1, rule.Options.Count - 1)].Points;
        if (rule.Kind == RuleKinds.Deadline) return rule.OnTime ?? 0;
        var step = rule.Kind == RuleKinds.Manual ? rule.EffectiveStep : 0.25m;
        return Math.Floor(leaf.MaxPoints * (strong ? 0.9m : 0.75m) / step) * step;
    }

    public static CriteriaSet SampleSet(DateOnly today)
    {
        var year = today.Year;
        var lockOn = new DateOnly(year, 12, 15) > today ? new DateOnly(year, 12, 15) : today.AddDays(30);
        static CriterionNode Leaf(string code, string title, decimal max, string evidence, ScoringRule rule) =>
            new() { Code = code, Title = title, MaxPoints = max, Evidence = evidence, Rule = rule };
        static CriterionNode Field(string code, string area, string title, params CriterionNode[] criteria) =>
            new() { Code = code, Title = title, OwnerArea = area, MaxPoints = criteria.Sum(c => c.MaxPoints), Criteria = criteria };
        static ScoringRule Manual(decimal step = 0.5m) => new() { Kind = RuleKinds.Manual, Step = step };
        static ScoringRule Choice(decimal max) => new() { Kind = RuleKinds.Choice, Options = [new("Thực hiện đầy đủ", max), new("Thực hiện chưa đầy đủ", max / 2), new("Không thực hiện", 0)] };
        static ScoringRule Ratio(string measure, params (decimal Min, decimal Points)[] bands) => new() { Kind = RuleKinds.Ratio, Measure = measure, Bands = [.. bands.Select(b => new RatioBand(b.Min, b.Points))] };
        return new CriteriaSet
        {
            Name = $"Bộ tiêu chí mẫu xác định Chỉ số CCHC của UBND các xã năm {year.ToString(CultureInfo.InvariantCulture)} (ví dụ, không chính thức)",
            Issuer = "UBND tỉnh Quảng Trị (ví dụ)",
            Year = year,
            Block = ParBlocks.Commune,
            EffectiveFrom = new DateOnly(year, 1, 1),
            SelfAssessmentLockOn = lockOn,
            Example = true,
            Fields =
            [
                Field("1", ParAreas.Direction, "Công tác chỉ đạo, điều hành CCHC",
                    Leaf("1.1", "Ban hành kế hoạch CCHC năm", 2, "Kế hoạch CCHC năm của UBND xã",
                        new ScoringRule { Kind = RuleKinds.Deadline, Output = "plan", Due = new DateOnly(year, 1, 31), OnTime = 2, Late = 1, Missing = 0 }),
                    Leaf("1.2", "Mức độ hoàn thành kế hoạch CCHC", 3, "Báo cáo kết quả thực hiện kế hoạch", Ratio(ParMeasures.PlanTasksDoneOnTime, (100, 3), (80, 2), (50, 1), (0, 0))),
                    Leaf("1.3", "Công tác tuyên truyền CCHC", 3, "Kế hoạch, báo cáo tuyên truyền", Manual())),
                Field("2", ParAreas.Institutions, "Cải cách thể chế",
                    Leaf("2.1", "Ban hành văn bản quy phạm pháp luật theo thẩm quyền", 3, "Văn bản đã ban hành", Choice(3)),
                    Leaf("2.2", "Rà soát, hệ thống hóa văn bản", 3, "Báo cáo rà soát", Manual())),
                Field("3", ParAreas.Procedures, "Cải cách thủ tục hành chính",
                    Leaf("3.1", "Công khai thủ tục hành chính", 4, "Ảnh chụp nơi niêm yết, đường dẫn cổng dịch vụ công", Choice(4)),
                    Leaf("3.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", 8, "Số liệu Hệ thống thông tin giải quyết TTHC", Ratio("dossier.on-time-rate", (100, 8), (95, 6), (90, 4), (0, 0)))),
                Field("4", ParAreas.Apparatus, "Cải cách tổ chức bộ máy",
                    Leaf("4.1", "Sắp xếp, kiện toàn tổ chức bộ máy", 6, "Quyết định kiện toàn", Manual())),
                Field("5", ParAreas.CivilService, "Cải cách chế độ công vụ",
                    Leaf("5.1", "Bố trí công chức theo vị trí việc làm", 4, "Đề án vị trí việc làm", Choice(4)),
                    Leaf("5.2", "Chấp hành kỷ luật, kỷ cương hành chính", 4, "Báo cáo kiểm tra công vụ", Manual())),
                Field("6", ParAreas.PublicFinance, "Cải cách tài chính công",
                    Leaf("6.1", "Thực hiện quy định về quản lý tài chính, ngân sách", 6, "Báo cáo quyết toán", Manual())),
                Field("7", ParAreas.DigitalGovernment, "Xây dựng chính quyền điện tử, chính quyền số",
                    Leaf("7.1", "Tỷ lệ hồ sơ nộp trực tuyến", 8, "Số liệu Cổng dịch vụ công", Ratio("dossier.online-rate", (80, 8), (50, 5), (20, 2), (0, 0))),
                    Leaf("7.2", "Sử dụng chữ ký số trong xử lý văn bản", 6, "Số liệu hệ thống quản lý văn bản", Manual())),
                Field("8", ParAreas.Impact, "Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội",
                    Leaf("8.1", "Mức độ hài lòng và tác động đến phát triển kinh tế - xã hội", 10, "Báo cáo đánh giá tác động", Manual())),
            ],
            Survey = new SurveySpec(30),
            Adjustments = new AdjustmentSpec(2, 2),
            Bands =
            [
                new BandRule { Name = "Xuất sắc", Min = 90, Unless = ["1.1=0"] },
                new BandRule { Name = "Tốt", Min = 80 },
                new BandRule { Name = "Khá", Min = 65 },
                new BandRule { Name = "Trung bình", Min = 50 },
                new BandRule { Name = "Yếu", Min = 0 },
            ],
        };
    }
}
