using System.Globalization;
using System.Text.Json;
using MiniExcelLibs;
using ParPlan.Core.Files;
using ParPlan.Core.Labels;
using ParPlan.Core.Spreadsheets;

namespace ParPlan.Core.ParIndex;

/// <summary>
/// A criteria set as XLSX in the layout provinces publish: sheet "Tiêu chí" with STT | Lĩnh vực/Tiêu chí/Tiêu chí thành
/// phần | Điểm tối đa | Tài liệu kiểm chứng (plus ParPlan's columns Cách chấm and Lĩnh vực phụ trách, which a province's
/// own file may lack), and sheet "Thông tin" with the set's name, issuer, year, block, dates, survey, caps and bands.
/// Reading a province's file: a row whose STT is a Roman numeral, or a number without a dot when there are no Roman
/// numerals, is a field; "1.2.3" hangs under "1.2"; a top-level row about the sociological survey gives the survey points;
/// a leaf without a rule is scored by hand in steps of 0.25.
/// </summary>
public static class CriteriaXlsx
{
    public const string CriteriaSheet = "Tiêu chí";
    public const string InfoSheet = "Thông tin";

    public static readonly IReadOnlyList<string> Headers = ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Tài liệu kiểm chứng", "Cách chấm", "Lĩnh vực phụ trách"];

    public static byte[] Write(CriteriaSet set)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var node in set.AllNodes())
        {
            rows.Add([node.Code, node.Title, node.MaxPoints, node.Evidence, node.Rule is null ? null : JsonSerializer.Serialize(node.Rule, CriteriaJson.Options).ReplaceLineEndings(" "), node.OwnerArea]);
        }

        if (set.Survey is { MaxPoints: > 0 } survey) rows.Add(["", "Điều tra xã hội học", survey.MaxPoints, null, null, null]);
        rows.Add(["", "Tổng cộng", set.Scale, null, null, null]);
        var info = new List<IReadOnlyList<object?>>
        {
            new object?[] { "name", "Tên bộ tiêu chí", set.Name }, new object?[] { "issuer", "Cơ quan ban hành", set.Issuer },
            new object?[] { "year", "Năm", set.Year }, new object?[] { "block", "Khối xếp hạng", set.Block }, new object?[] { "blockName", "Tên khối", ParBlockLabels.Label(set.Block) },
            new object?[] { "effectiveFrom", "Hiệu lực từ", set.EffectiveFrom }, new object?[] { "selfAssessmentLockOn", "Khóa tự đánh giá sau ngày", set.SelfAssessmentLockOn },
            new object?[] { "scale", "Thang điểm", set.Scale }, new object?[] { "bonusMax", "Điểm thưởng tối đa", set.Adjustments?.BonusMax ?? 0 },
            new object?[] { "penaltyMax", "Điểm trừ tối đa", set.Adjustments?.PenaltyMax ?? 0 }, new object?[] { "notApplicable", "Khi tiêu chí không áp dụng", set.NotApplicable },
            new object?[] { "example", "Bộ tiêu chí mẫu (không chính thức)", set.Example ? "có" : "không" },
            new object?[] { "bands", "Xếp loại", JsonSerializer.Serialize(set.Bands, CriteriaJson.Options).ReplaceLineEndings(" ") },
        };
        return XlsxWriter.Write([
            new XlsxSheet(CriteriaSheet, [set.Name, set.Issuer], [.. Headers.Select((h, i) => new XlsxColumn(h, i == 1 ? 70 : i == 3 ? 40 : i == 4 ? 30 : 12))], rows),
            new XlsxSheet(InfoSheet, [], [new XlsxColumn("Khóa", 20), new XlsxColumn("Nội dung", 30), new XlsxColumn("Giá trị", 60)], info),
        ]);
    }

    public static CriteriaReadResult Read(byte[] bytes, string? block = null, int? year = null)
    {
        List<IDictionary<string, object?>> criteria, info;
        try
        {
            using var guarded = ZipGuard.Open(bytes, ZipLimits.ExcelDefaults, "XLSX");
            var sheets = MiniExcel.GetSheetNames(guarded);
            guarded.Position = 0;
            var first = sheets.Contains(CriteriaSheet) ? CriteriaSheet : sheets.FirstOrDefault();
            criteria = Rows(guarded, first);
            info = sheets.Contains(InfoSheet) ? Rows(guarded, InfoSheet) : [];
        }
        catch (Exception ex) when (ex is UnsafeFileException or InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException or ArgumentException)
        {
            return new CriteriaReadResult(null, ["Không đọc được tệp XLSX của bộ tiêu chí: tệp hỏng hoặc không phải Excel (.xlsx)."]);
        }

        return CriteriaXlsxReader.Build(criteria, info, block, year);
    }

    private static List<IDictionary<string, object?>> Rows(Stream stream, string? sheet)
    {
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        stream.Position = 0;
        return rows;
    }

    internal static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!.Trim(),
    };
}
