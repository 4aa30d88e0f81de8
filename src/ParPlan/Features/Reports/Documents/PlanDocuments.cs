using System.Globalization;
using System.Text.Json;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Plans;
using ParPlan.Features.Plans;

namespace ParPlan.Features.Reports.Documents;

/// <summary>
/// A stored plan as a Decree 30 document (Core <see cref="PlanDocx"/>): the issuing government's header with the plan's
/// number and date ("Số:      /KH-UBND" and the year only while a draft), a short body naming the areas and the task
/// count, the signer, and the task table as the landscape annex with the columns the plan was imported with.
/// </summary>
public static class PlanDocuments
{
    public static byte[] Docx(PlanDetail plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var document = ToDocument(plan);
        var (number, code) = Number(plan.Number);
        var header = new OfficialHeader(null, GovernmentNames.IssuingBody(plan.GovernmentName), code, GovernmentNames.Place(plan.GovernmentName), number,
            plan.IssuedOn, plan.PeriodFrom.Year);
        return PlanDocx.Write(document, header, Body(plan), Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", plan.Signer ?? ""),
            new Recipients(["Các cơ quan, đơn vị tại Phụ lục", "Cơ quan thường trực cải cách hành chính"], "VP"));
    }

    /// <summary>The stored plan in the plan-document shape the Core writer reads (areas, tasks with their schedules).</summary>
    public static PlanDocument ToDocument(PlanDetail plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var shape = new
        {
            header = new { title = plan.Title, issuer = plan.GovernmentName, number = plan.Number, issuedOn = plan.IssuedOn },
            areas = plan.Areas.Select(a => new { code = a.Code, heading = a.Heading, statedTaskCount = a.StatedTaskCount }),
            tasks = plan.Tasks.Select(t => new
            {
                @ref = t.Ref, area = t.Area, title = t.Title, objective = t.Objective, activities = t.Activities, outputs = t.Outputs,
                lead = t.Lead, support = t.Support, schedule = t.Schedule, funding = t.Funding,
            }),
        };
        return PlanJson.Deserialize(JsonSerializer.Serialize(shape, PlanJson.Options))!;
    }

    /// <summary>"12/KH-UBND" → (12, "KH-UBND"); a draft or an unreadable number → (null, "KH-UBND").</summary>
    public static (int? Number, string Code) Number(string? text)
    {
        var parts = (text ?? "").Split('/', 2, StringSplitOptions.TrimEntries);
        var code = parts.Length == 2 && parts[1].Length > 0 ? parts[1] : "KH-UBND";
        return (int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null, code);
    }

    private static List<DocumentSection> Body(PlanDetail plan)
    {
        var opening = new List<string>();
        if (!string.IsNullOrWhiteSpace(plan.ParentPlanReference))
        {
            opening.Add(plan.ParentPlanReference.Trim().TrimEnd('.', ';') + ".");
        }

        var areas = plan.Tasks.GroupBy(t => t.Area).OrderBy(g => AreaNames.Order(g.Key))
            .Select(g => $"{AreaNames.Of(g.Key)}: {Core.Text.NumberText.Count(g.Count())} nhiệm vụ").ToList();
        opening.Add($"Kế hoạch gồm {Core.Text.NumberText.Count(plan.Tasks.Count)} nhiệm vụ thực hiện từ ngày {DateText.Format(plan.PeriodFrom)} đến ngày "
                    + $"{DateText.Format(plan.PeriodTo)}" + (areas.Count > 0 ? ", thuộc các lĩnh vực: " + string.Join("; ", areas) : "")
                    + ". Nội dung, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện từng nhiệm vụ tại Phụ lục kèm theo.");
        return
        [
            new DocumentSection("I. Nhiệm vụ cải cách hành chính", opening),
            new DocumentSection("II. Tổ chức thực hiện",
            [
                "Các cơ quan, đơn vị được giao chủ trì nhiệm vụ tại Phụ lục xây dựng kế hoạch, chủ động triển khai và báo cáo kết quả thực hiện theo chế độ báo cáo định kỳ.",
                "Cơ quan thường trực cải cách hành chính theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch này.",
            ]),
        ];
    }
}
