using System.Diagnostics;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Plans;
using ParPlan.Core.Reports;

namespace ParPlan.Benchmarks;

/// <summary>
/// `--documents`: one-shot timings of a 60-task plan written as a Decree 30 DOCX (target ≤ 1 s) and of a province's
/// consolidated quarterly report over 170 units' frozen snapshots: consolidate, annex, DOCX (target ≤ 2 s).
/// </summary>
public static class ReportDocumentBench
{
    public static void Run()
    {
        var seeds = Path.GetDirectoryName(SeedFiles.All()[0])!;
        var gold = Path.Combine(Path.GetDirectoryName(seeds)!, "gold");
        var d0 = PlanJson.Deserialize(File.ReadAllText(Path.Combine(gold, "000_c84c89f6dfc790e7.json")))!;
        var d2 = PlanJson.Deserialize(File.ReadAllText(Path.Combine(gold, "002_82c4b63d1339515c.json")))!;
        var extra = d2.Tasks.Take(18).Select((t, i) => t with { Ref = $"8.{i + 1}", Area = AreaCode.Indices });
        var plan = d0 with { Tasks = [.. d0.Tasks, .. extra] };
        var header = new OfficialHeader(null, "Ủy ban nhân dân huyện Vĩnh Linh", "KH-UBND", "Vĩnh Linh", 12, new DateOnly(2025, 1, 20));
        var signature = Signature.OnBehalfOf("Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn An");
        var recipients = new Recipients(["UBND tỉnh (báo cáo)", "Sở Nội vụ (báo cáo)", "Các phòng, ban thuộc huyện", "UBND các xã, thị trấn"], "NV");
        DocumentSection[] body = [new("I. Mục đích, yêu cầu", ["Nâng cao hiệu quả công tác cải cách hành chính."]), new("II. Tổ chức thực hiện", ["Các cơ quan, đơn vị triển khai thực hiện."])];

        byte[] WritePlan() => PlanDocx.Write(plan, header, body, signature, recipients);
        Time($"plan DOCX, {plan.Tasks.Count} tasks", WritePlan, out var bytes);
        Console.WriteLine($"  {bytes.Length / 1024.0:0} KB");

        var window = ReportingCalendar.Instances(DefaultRegimes.Bnv581, 2026)[2].Window;
        var snapshots = Enumerable.Range(1, 170).Select(u => FigureSnapshot.From($"u{u}", $"UBND xã số {u}", ReportFigureBuilder.Build(window, UnitTasks(u, window),
            indicators: [new("dossier.on-time-rate", "Tỷ lệ hồ sơ giải quyết đúng hạn", 900 + u, 1000 + u), new("dossier.online-rate", "Tỷ lệ hồ sơ trực tuyến", 400 + u, 1000 + u)]))).ToList();
        var province = new OfficialHeader(null, "Ủy ban nhân dân tỉnh Quảng Trị", "BC-UBND", "Quảng Trị", 210, new DateOnly(2026, 9, 18));
        byte[] Consolidate()
        {
            var consolidated = ReportConsolidator.Consolidate(snapshots);
            var annex = ReportAnnex.FromConsolidated(consolidated, "(Kèm theo Báo cáo số 210/BC-UBND ngày 18/09/2026 của UBND tỉnh Quảng Trị)");
            var texts = ReportOutline.Default.SelectMany(s => s.Flatten()).ToDictionary(s => s.Code, s => s.Code == "I.1"
                ? $"Toàn tỉnh có {ReportText.Count(consolidated.Total.Total)} nhiệm vụ; đã hoàn thành {ReportText.Count(consolidated.Total.Finished)}."
                : "");
            return ReportDocx.Write(province, "Kết quả công tác cải cách hành chính Quý III năm 2026", ReportOutline.Default, texts, annex, signature, recipients);
        }

        Time("consolidated report, 170 units", Consolidate, out var report);
        Console.WriteLine($"  {report.Length / 1024.0:0} KB");
        var converter = new LibreOfficePdfConverter();
        if (converter.IsAvailable)
        {
            var sw = Stopwatch.StartNew();
            var pdf = converter.Convert(bytes);
            Console.WriteLine($"plan PDF through LibreOffice: {sw.Elapsed.TotalMilliseconds:0} ms ({(pdf.Succeeded ? "ok" : pdf.Problem)})");
        }
    }

    private static List<ReportTaskInput> UnitTasks(int unit, DataWindow window)
    {
        string[] areas = ["direction", "institutions", "procedures", "apparatus", "civil-service", "public-finance", "digital-government"];
        return Enumerable.Range(1, 40).Select(i =>
        {
            var due = window.From.AddDays((i * 7 + unit) % 120);
            DateOnly? done = (i + unit) % 3 == 0 ? due.AddDays((i % 5) - 2) : null;
            return new ReportTaskInput($"{i % 7 + 1}.{i}", areas[i % 7], $"Nhiệm vụ {i}", due, (i + unit) % 4 == 0 ? null : window.From, done, "Văn phòng UBND xã");
        }).ToList();
    }

    private static void Time(string name, Func<byte[]> action, out byte[] result)
    {
        var sw = Stopwatch.StartNew();
        result = action();
        var cold = sw.Elapsed.TotalMilliseconds;
        var runs = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 20; i++)
        {
            sw.Restart();
            result = action();
            runs.Add(sw.Elapsed.TotalMilliseconds);
        }

        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs.Count;
        runs.Sort();
        Console.WriteLine($"{name}: first run {cold:0} ms (cold process), then median {runs[runs.Count / 2]:0.0} ms wall, {cpuPerRun:0.0} ms CPU, worst {runs[^1]:0.0} ms over {runs.Count} runs");
    }
}
