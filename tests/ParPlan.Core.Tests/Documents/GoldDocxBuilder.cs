using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Documents;

/// <summary>
/// Writes a plan as a real Word document: header paragraphs, then the task table as a bordered Word table with a header
/// row, group rows spanning the table (gridSpan), one row per task and, for tasks with sub-rows, a title row followed by
/// one row per sub-row whose STT cell is vertically merged (vMerge) with the title row.
/// </summary>
public static class GoldDocxBuilder
{
    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    public static byte[] Build(PlanDocument plan, bool fiveColumns)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            var issuer = plan.Header.Issuer ?? "UBND";
            body.Append(Para("ỦY BAN NHÂN DÂN"));
            body.Append(Para(issuer.Replace("UBND ", "", StringComparison.Ordinal).ToUpper(CultureInfo.GetCultureInfo("vi-VN"))));
            var date = plan.Header.IssuedOn is { } d ? $"ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}" : $"ngày      tháng 01 năm {plan.Header.Period!.From.Year}";
            body.Append(Para($"Số: {(plan.Header.Number ?? "      /KH-UBND")}  {date}"));
            body.Append(Para("KẾ HOẠCH"));
            body.Append(Para(plan.Header.Title!["Kế hoạch ".Length..]));
            body.Append(Para("I. MỤC TIÊU, YÊU CẦU"));
            body.Append(Para("1. Mục tiêu"));
            body.Append(Para("- Nâng cao hiệu quả công tác cải cách hành chính."));
            body.Append(Para("III. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH CỤ THỂ"));
            body.Append(TaskTable(plan, fiveColumns));
            body.Append(Para("IV. TỔ CHỨC THỰC HIỆN"));
            body.Append(Para("Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này./."));
            body.Append(new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1000, Bottom = 1000, Left = 1000, Right = 1000 }));
        }

        return stream.ToArray();
    }

    private static Table TaskTable(PlanDocument plan, bool fiveColumns)
    {
        string[] headers = fiveColumns
            ? ["STT", "Nội dung thực hiện", "Công chức, ban ngành thực hiện", "Công chức, ban ngành phối hợp", "Thời gian hoàn thành"]
            : ["STT", "Nhiệm vụ", "Kết quả/Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/hoàn thành"];
        int[] widths = fiveColumns ? [700, 6000, 2600, 2600, 2400] : [700, 5000, 2400, 2400, 2400, 2000];
        var table = new Table();
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        table.Append(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(CultureInfo.InvariantCulture) }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(headers.Select(h => Cell([h])).ToArray(), header: true));
        var groupNumber = 0;
        foreach (var task in plan.Tasks)
        {
            var parts = task.Ref.Split('.');
            var g = int.Parse(parts[0], CultureInfo.InvariantCulture);
            if (g != groupNumber)
            {
                groupNumber = g;
                var area = plan.Areas.FirstOrDefault(a => a.Code == task.Area);
                var heading = area?.Heading ?? $"{Romans[g - 1]} NHÓM {g}";
                table.Append(Row([Cell([heading], span: headers.Length)]));
            }

            var number = parts[^1];
            if (task.ActivityDetails is { Count: > 0 } details && !fiveColumns)
            {
                table.Append(Row([Cell([number], merge: MergedCellValues.Restart), Cell([task.Title]), Cell([]), Cell([]), Cell([]), Cell([])]));
                foreach (var detail in details)
                {
                    table.Append(Row([Cell([], merge: MergedCellValues.Continue), Cell([detail.Text]), Cell([string.Join("; ", detail.Outputs)]),
                        Cell([string.Join("; ", detail.Lead)]), Cell([string.Join("; ", detail.Support)]), Cell([detail.Schedule.Text])]));
                }

                continue;
            }

            var cells = new List<TableCell> { Cell([number]), Cell([task.Title]) };
            if (!fiveColumns)
            {
                cells.Add(Cell([string.Join("; ", task.Outputs)]));
            }

            cells.Add(Cell([string.Join("; ", task.Lead)]));
            cells.Add(Cell([string.Join("; ", task.Support)]));
            cells.Add(Cell([task.Schedule.Text]));
            table.Append(Row([.. cells]));
        }

        return table;
    }

    private static TableRow Row(TableCell[] cells, bool header = false)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        row.Append(cells);
        return row;
    }

    private static TableCell Cell(IReadOnlyList<string> paragraphs, int span = 1, MergedCellValues? merge = null)
    {
        var props = new TableCellProperties();
        if (span > 1)
        {
            props.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            props.Append(new VerticalMerge { Val = m });
        }

        var cell = new TableCell(props);
        var any = false;
        foreach (var p in paragraphs.Where(p => p.Length > 0))
        {
            cell.Append(Para(p));
            any = true;
        }

        if (!any)
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    private static Paragraph Para(string text) =>
        new(new Run(new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = "24" }),
            new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
