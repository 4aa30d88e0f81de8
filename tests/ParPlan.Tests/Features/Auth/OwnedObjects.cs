using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Dossiers;
using ParPlan.Features.FollowUp;
using ParPlan.Features.Plans;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Auth;

/// <summary>One object of a kind, made in a government: the values of the route parameters that name it, the query
/// that goes with them, and a JSON body a write through the route would accept.</summary>
public sealed record OwnedObject(IReadOnlyDictionary<string, string> RouteValues, string Query = "", string Body = "{}");

/// <summary>Makes one object of every <see cref="OwnerKinds"/> kind in a government of a <see cref="RunPlanScenario"/> (its
/// province, or one of its communes), through the app's own routes where it has them, as that government's standing
/// officer. A new kind without a fixture here fails <c>EndpointOwnershipTests</c>.</summary>
public static class OwnedObjects
{
    public const string ValidMap = """
        { "delimiter": ";", "columns": { "So": "ma_ho_so", "Don vi": "ma_don_vi", "Nhan": "ngay_tiep_nhan", "Han": "han_tra_ket_qua",
          "Xong": "ngay_hoan_thanh", "Tinh trang": "trang_thai", "Kenh": "kenh_nop" } }
        """;

    /// <summary>The objects of <paramref name="government"/>, made by <paramref name="officer"/>, its standing officer. The
    /// province's plan is the scenario's (its shared task led by the standing agency); a commune gets a plan of its own.</summary>
    public static async Task<IReadOnlyDictionary<string, OwnedObject>> InAsync(RunPlanScenario s, Guid government, string officer)
    {
        var app = s.App;
        using var owner = await app.LoginAsync(officer);
        var (planId, taskId) = government == s.Province ? (s.PlanId, s.TaskShared) : await PlanOfAsync(s, government);

        using var evidenceForm = new MultipartFormDataContent
        {
            { new StringContent("Báo cáo kết quả"), "title" },
            { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "file", "bao-cao.pdf" },
        };
        var evidence = await owner.PostAsync($"/api/tasks/{taskId}/evidence", evidenceForm);
        Assert.Equal(HttpStatusCode.Created, evidence.StatusCode);
        var evidenceId = (await evidence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        if (government == s.Province)
        {
            // An upper level's issued plan is readable from below (cascade); its draft is not, so the province's plan
            // stays a draft here to keep every route answering 404 to the commune.
            await using var draftScope = app.Services.CreateAsyncScope();
            var plans = draftScope.ServiceProvider.GetRequiredService<AppDbContext>();
            var plan = await plans.Plans.SingleAsync(p => p.Id == planId);
            plan.Status = PlanStatus.Draft;
            await plans.SaveChangesAsync();
        }

        var report = await owner.PostAsJsonAsync("/api/reports", new { unitId = government, period = government == s.Province ? $"{s.Today.Year}-Q3" : $"{s.Today.Year}-9M" });
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var reportId = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var map = await owner.PutAsync("/api/dossiers/maps/tai-len", new StringContent(ValidMap, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, map.StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notification = new Notification { UnitId = government, Text = "Nhắc hạn", DedupKey = Guid.NewGuid().ToString("N"), CreatedAt = app.Time.GetUtcNow() };
        var session = new ImportSession
        {
            GovernmentId = government, UserName = officer, FileName = "ke-hoach.txt", FileHash = "0",
            DocumentJson = """{"header":{"title":"Kế hoạch thử"},"areas":[],"targets":[],"tasks":[],"warnings":[]}""", CreatedAt = app.Time.GetUtcNow(),
        };
        var staged = Path.Combine(app.DataDirectory, "imports", Guid.NewGuid().ToString("N") + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        await File.WriteAllTextAsync(staged, "Số hồ sơ;Đơn vị;Ngày nhận\nA1;X;10/08/2025 08:00\n");
        var batch = new ImportBatch
        {
            Source = "cong-dvc", FileName = "bi-mat-cua-tinh.csv", FileHash = "", Status = ImportStatus.NeedsMapping, StartedAt = app.Time.GetUtcNow(),
            UserName = officer, GovernmentId = government, StagedPath = staged,
        };
        var (assessmentId, parEvidenceId) = ParOwnedObjects.Add(db, app, government);
        var (inspectionId, visitId) = InspectionOwnedObjects.Add(db, app, government);
        db.AddRange(notification, session, batch);
        await db.SaveChangesAsync();
        db.Add(new ImportRejection { BatchId = batch.Id, Line = 2, Reason = "Giá trị 'bí mật' không hợp lệ." });
        var now = app.Time.GetUtcNow();
        var dossier = new Dossier
        {
            Source = "cong-dvc", Code = "HS-" + Guid.NewGuid().ToString("N")[..8], UnitCode = await db.Units.Where(u => u.Id == government).Select(u => u.Code).SingleAsync(),
            ReceivedAt = now.AddDays(-20), DueAt = now.AddDays(-5), Status = Core.Dossiers.DossierStatus.InProcess, CreatedBatchId = batch.Id, LastBatchId = batch.Id,
        };
        db.Add(dossier);
        await db.SaveChangesAsync();

        var survey = await owner.PostAsJsonAsync("/api/surveys", new { governmentId = government, year = s.Today.Year, title = "Khảo sát SIPAS" });
        Assert.Equal(HttpStatusCode.Created, survey.StatusCode);
        var surveyId = (await survey.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var id = (string key, object value) => new Dictionary<string, string> { [key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)! };
        var objects = new Dictionary<string, OwnedObject>
        {
            [OwnerKinds.Unit] = new(id("id", government)),
            [OwnerKinds.Plan] = new(new Dictionary<string, string> { ["id"] = planId.ToString(), ["planId"] = planId.ToString(), ["targetId"] = Guid.NewGuid().ToString() }),
            [OwnerKinds.Task] = new(new Dictionary<string, string>
            {
                ["id"] = taskId.ToString(), ["planId"] = planId.ToString(), ["taskId"] = taskId.ToString(), ["cell"] = "0",
            }, Body: """{ "status": "in-progress", "percent": 10, "note": "x", "version": 1 }"""),
            [OwnerKinds.Evidence] = new(id("id", evidenceId)),
            [OwnerKinds.Notification] = new(id("id", notification.Id)),
            [OwnerKinds.PlanImportSession] = new(id("sessionid", session.Id)),
            [OwnerKinds.DossierImport] = new(id("id", batch.Id)),
            [OwnerKinds.Report] = new(new Dictionary<string, string> { ["id"] = reportId, ["code"] = "I.1", ["childUnitId"] = government.ToString() },
                Body: """{ "version": 1, "text": "Sửa hộ", "reason": "Trả lại", "childUnitId": null }"""),
            [OwnerKinds.DossierColumnMap] = new(id("source", "tai-len"), $"governmentId={government}", ValidMap),
            [OwnerKinds.Dossier] = new(id("id", dossier.Id), Body: """{ "explanation": "Giải trình của đơn vị khác" }"""),
            [OwnerKinds.Survey] = new(id("id", surveyId), Body: """[{ "sector": "Đất đai", "answers": { "1": 5 } }]"""),
            [OwnerKinds.ParAssessment] = new(new Dictionary<string, string> { ["id"] = assessmentId.ToString(), ["code"] = "1.1" },
                Body: """{ "selfScore": 20, "explanation": "x", "appraisedScore": 20, "points": 1, "text": "x", "link": "https://a.vn", "version": 1 }"""),
            [OwnerKinds.ParEvidence] = new(id("id", parEvidenceId)),
            [OwnerKinds.Inspection] = new(id("id", inspectionId), Body: """{ "unitId": null, "date": null, "topics": [], "number": "1/QĐ", "selected": [] }"""),
            [OwnerKinds.InspectionVisit] = new(new Dictionary<string, string> { ["id"] = visitId.ToString(), ["visitId"] = visitId.ToString() },
                Body: """{ "text": "Tồn tại", "remedyDueOn": null }"""),
        };
        await RecordOwnedObjects.AddAsync(owner, government, s.Today, objects);
        return objects;
    }

    private static async Task<(Guid Plan, Guid Task)> PlanOfAsync(RunPlanScenario s, Guid government)
    {
        var task = await s.AddPlanWithTaskAsync(government, "Kế hoạch của xã", s.Today.AddDays(20));
        await using var scope = s.App.Services.CreateAsyncScope();
        var plan = await scope.ServiceProvider.GetRequiredService<AppDbContext>().PlanTasks.Where(t => t.Id == task).Select(t => t.PlanId).SingleAsync();
        return (plan, task);
    }
}
