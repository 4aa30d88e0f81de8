using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using PlanJson = ParPlan.Core.Plans.PlanJson;
using ParPlan.Core.Schedules;
using ParPlan.Data;
using ParPlan.Features.Plans;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Demo;

/// <summary>Two issued plans of the current year, so the demo's dashboards, follow-up lists and "my tasks" have
/// something to show: the province's plan (led by its agencies, with targets linked to indicators) and xã Vĩnh Thủy's
/// (led by its culture and society office, whose officer is a demo login). Progress follows today's date: what fell
/// due earlier is mostly done, one task is left overdue, one waits for an event. xã Vĩnh Linh gets no plan: importing
/// its real 2026 plan is the demo's first exercise (README, docs/run-a-plan.md).</summary>
public sealed class DemoPlans(AppDbContext db, TimeProvider time)
{
    /// <summary>How a task stands today.</summary>
    private enum Shape { Done, DoneLate, Overdue, Working, NotStarted, Dormant, Ongoing }

    private sealed record DemoTask(string Ref, string Area, string Title, Schedule Schedule, string Lead, string[] Support, Shape Shape);

    private Dictionary<string, string> names = [];

    public async Task CreateAsync(IReadOnlyDictionary<string, Guid> units, CancellationToken ct)
    {
        names = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, StringComparer.Ordinal, ct);
        var today = VietnamTime.Today(time);
        var y = today.Year;
        DateOnly D(int month, int day) => new(y, month, day);
        Schedule Date(int month, int day) => new() { Text = $"Trước ngày {D(month, day):dd/MM/yyyy}", Kind = ScheduleKind.Date, Due = D(month, day) };
        Schedule Quarter(int q) => new()
        {
            Text = $"Quý {new[] { "I", "II", "III", "IV" }[q - 1]}/{y}", Kind = ScheduleKind.Period,
            From = D(3 * q - 2, 1), To = D(3 * q, 1).AddMonths(1).AddDays(-1), Due = D(3 * q, 1).AddMonths(1).AddDays(-1),
        };
        var ongoing = new Schedule { Text = "Thường xuyên", Kind = ScheduleKind.Ongoing, From = D(1, 1), To = D(12, 31) };
        var year = new Schedule { Text = $"Năm {y}", Kind = ScheduleKind.Period, From = D(1, 1), To = D(12, 31), Due = D(12, 31) };

        var province = Plan(units["QT"], $"Kế hoạch cải cách hành chính năm {y} của UBND tỉnh Quảng Trị", $"15/KH-UBND", D(1, 10), units,
        [
            new("1.1", "direction", "Ban hành Kế hoạch CCHC năm của tỉnh và hướng dẫn các cơ quan, địa phương triển khai", Date(1, 15), "QT.SNV", ["QT.VP"], Shape.Done),
            new("1.2", "direction", "Kiểm tra công tác CCHC tại ít nhất 30% cơ quan, đơn vị và UBND cấp xã", Quarter(3), "QT.SNV", ["QT.VP", "QT.STP"], Shape.DoneLate),
            new("1.3", "direction", "Tuyên truyền về cải cách hành chính trên các phương tiện thông tin đại chúng", ongoing, "QT.VP", ["QT.SNV"], Shape.Ongoing),
            new("2.1", "institutions", "Rà soát, hệ thống hoá văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành", Quarter(4), "QT.STP", [], Shape.Working),
            new("3.1", "procedures", "Công bố, công khai đầy đủ danh mục thủ tục hành chính sau sắp xếp đơn vị hành chính", Quarter(1), "QT.TTPVHCC", ["QT.VP"], Shape.Overdue),
            new("3.2", "procedures", "Tiếp nhận, giải quyết hồ sơ không phụ thuộc địa giới hành chính trong phạm vi tỉnh", ongoing, "QT.TTPVHCC", [], Shape.Ongoing),
            new("4.1", "apparatus", "Kiện toàn tổ chức bộ máy các cơ quan chuyên môn sau hợp nhất, sáp nhập", Quarter(2), "QT.SNV", [], Shape.Done),
            new("5.1", "civil-service", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm", Date(12, 15), "QT.SNV", [], Shape.NotStarted),
            new("6.1", "public-finance", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập", year, "QT.VP", ["QT.SNV"], Shape.Working),
            new("7.1", "digital-government", "Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công", year, "QT.TTPVHCC", ["QT.STP"], Shape.Working),
            new("8.1", "indices", "Tự đánh giá, chấm điểm Chỉ số CCHC của tỉnh",
                new Schedule { Text = "Sau khi Bộ Nội vụ ban hành hướng dẫn", Kind = ScheduleKind.Conditional, Condition = "Sau khi Bộ Nội vụ ban hành hướng dẫn" },
                "QT.SNV", ["QT.VP"], Shape.Dormant),
        ], today);
        AddTargets(province,
        [
            ("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt từ 98% trở lên", 98m, IndicatorCodes.OnTimeRate, "procedures"),
            ("Tỷ lệ hồ sơ TTHC nộp trực tuyến đạt từ 80% trở lên", 80m, IndicatorCodes.OnlineRate, "digital-government"),
            ("Mức độ hài lòng của người dân, doanh nghiệp đạt từ 95% trở lên", 95m, IndicatorCodes.SatisfactionRate, "procedures"),
        ]);

        Plan(units["QT.XA.VINHTHUY"], $"Kế hoạch cải cách hành chính xã Vĩnh Thủy năm {y}", "08/KH-UBND", D(1, 20), units,
        [
            new("1.1", "direction", "Xây dựng, ban hành Kế hoạch CCHC năm của xã", Date(1, 31), "QT.XA.VINHTHUY.VHXH", [], Shape.Done),
            new("1.2", "direction", "Báo cáo kết quả thực hiện CCHC định kỳ quý, 6 tháng, năm", ongoing, "QT.XA.VINHTHUY.VHXH", ["QT.XA.VINHTHUY.VP"], Shape.Ongoing),
            new("3.1", "procedures", "Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã", Quarter(1), "QT.XA.VINHTHUY.HCC", ["QT.XA.VINHTHUY.VHXH"], Shape.Done),
            new("4.1", "apparatus", "Rà soát, sắp xếp vị trí việc làm của xã sau hợp nhất", Quarter(2), "QT.XA.VINHTHUY.VHXH", ["QT.XA.VINHTHUY.VP"], Shape.Overdue),
            new("7.1", "digital-government", "Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán trực tuyến", year, "QT.XA.VINHTHUY.HCC", ["QT.XA.VINHTHUY.VHXH"], Shape.Working),
        ], today);
        await db.SaveChangesAsync(ct);
    }

    private Plan Plan(Guid government, string title, string number, DateOnly issuedOn, IReadOnlyDictionary<string, Guid> units,
        IReadOnlyList<DemoTask> tasks, DateOnly today)
    {
        var plan = new Plan
        {
            GovernmentId = government, Title = title, Number = number, IssuedOn = issuedOn, Signer = "Chủ tịch UBND",
            PeriodFrom = new DateOnly(issuedOn.Year, 1, 1), PeriodTo = new DateOnly(issuedOn.Year, 12, 31), Status = PlanStatus.Issued,
            CreatedAt = time.GetUtcNow(), CreatedBy = "demo",
        };
        db.Add(plan);
        var order = 0;
        foreach (var t in tasks)
        {
            var (status, percent) = Standing(t, today);
            var task = new PlanTask
            {
                PlanId = plan.Id, Ref = t.Ref, Order = ++order, AreaCode = t.Area, Title = t.Title, ScheduleText = t.Schedule.Text,
                ScheduleJson = JsonSerializer.Serialize(t.Schedule, PlanJson.Options), ScheduleKind = PlanJsonText.Enum(t.Schedule.Kind),
                DueDate = t.Schedule.Due, Status = status, Percent = percent,
                LeadTextJson = JsonSerializer.Serialize(new[] { Name(t.Lead) }), SupportTextJson = JsonSerializer.Serialize(t.Support.Select(Name)),
            };
            db.Add(task);
            db.Add(new TaskAssignment { TaskId = task.Id, UnitId = units[t.Lead], Role = AssignmentRole.Lead, SourceText = Name(t.Lead) });
            db.AddRange(t.Support.Select(s => new TaskAssignment { TaskId = task.Id, UnitId = units[s], Role = AssignmentRole.Support, SourceText = Name(s) }));
            AddProgress(task, t, units[t.Lead], today);
        }

        return plan;

        string Name(string code) => names.GetValueOrDefault(code, code);
    }

    /// <summary>Status and percent today: past-due "done" shapes are closed, the rest follow their shape.</summary>
    private static (PlanTaskStatus Status, int Percent) Standing(DemoTask t, DateOnly today) => t.Shape switch
    {
        Shape.Done when t.Schedule.Due is { } due && due <= today => (PlanTaskStatus.Done, 100),
        Shape.DoneLate when t.Schedule.Due is { } due && due < today => (PlanTaskStatus.DoneLate, 100),
        Shape.Done or Shape.DoneLate or Shape.Overdue or Shape.Working => (PlanTaskStatus.InProgress, t.Shape == Shape.Overdue ? 70 : 40),
        Shape.Ongoing => (PlanTaskStatus.InProgress, 0),
        _ => (PlanTaskStatus.NotStarted, 0),
    };

    private void AddProgress(PlanTask task, DemoTask t, Guid lead, DateOnly today)
    {
        var at = time.GetUtcNow();
        if (t.Shape == Shape.Ongoing)
        {
            // A note for each reporting period already over; each quarter's end is labelled by its broadest report.
            string[] periods = ["Q1", "H1", "9M"];
            for (var q = 1; q <= 3 && new DateOnly(today.Year, 3 * q, 1).AddMonths(1) <= today; q++)
            {
                db.Add(new ProgressEntry
                {
                    TaskId = task.Id, UnitId = lead, Status = PlanTaskStatus.InProgress, Note = $"Đã thực hiện đến hết quý {q}: tổ chức, duy trì theo kế hoạch.",
                    Period = $"{today.Year}-{periods[q - 1]}", ByLead = true, CreatedBy = "demo", CreatedAt = at,
                });
            }

            return;
        }

        if (task.Status != PlanTaskStatus.NotStarted)
        {
            db.Add(new ProgressEntry
            {
                TaskId = task.Id, UnitId = lead, Status = task.Status, Percent = task.Percent, ByLead = true, CreatedBy = "demo", CreatedAt = at,
                Note = task.Status is PlanTaskStatus.Done or PlanTaskStatus.DoneLate ? "Đã hoàn thành, có văn bản kèm theo." : "Đang triển khai.",
            });
        }
    }

    private void AddTargets(Plan plan, IReadOnlyList<(string Text, decimal Value, string Code, string Area)> targets)
    {
        var order = 0;
        db.AddRange(targets.Select(t => new PlanTarget
        {
            PlanId = plan.Id, Order = ++order, AreaCode = t.Area, Text = t.Text, Comparator = ">=", Value = t.Value, Unit = "%",
            IndicatorCode = t.Code, IndicatorLink = IndicatorLinkStatus.Confirmed,
        }));
    }
}
