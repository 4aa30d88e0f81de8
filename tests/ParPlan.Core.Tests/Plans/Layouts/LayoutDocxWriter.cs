using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Layouts;

/// <summary>
/// Writes a gold plan as a Word document in one <see cref="PlanLayout"/>: the official header, the targets as body
/// bullets, then the task table as real Word rows (group rows spanning the table, TT and objective cells merged down
/// over a task's sub-rows with vMerge, header rows as the layout prints them).
/// </summary>
public static class LayoutDocxWriter
{
    private const int LandscapeWidth = 14800;

    public static byte[] Write(PlanDocument gold, PlanLayout layout, IReadOnlyList<LayoutGroup> groups)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            WriteHeader(body, gold);
            WriteTargets(body, gold, layout, groups);
            body.Append(Para("III. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH CỤ THỂ"));
            if (layout.LandscapeAnnex)
            {
                body.Append(Para("Chi tiết tại Phụ lục kèm theo Kế hoạch này."));
                body.Append(Para("IV. TỔ CHỨC THỰC HIỆN"));
                body.Append(Para("Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này./."));
                body.Append(SectionBreak(landscape: false));
                body.Append(Para("PHỤ LỤC"));
                body.Append(Para("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM " + gold.Header.Period?.From.Year.ToString(CultureInfo.InvariantCulture)));
            }

            var rows = Rows(layout, groups);
            if (layout.SplitTable)
            {
                var cut = rows.FindIndex(rows.Count / 2, r => r.StartsTask);
                body.Append(Table(layout, rows[..cut]));
                body.Append(SectionBreak(landscape: true));
                body.Append(Table(layout, rows[cut..]));
            }
            else
            {
                body.Append(Table(layout, rows));
            }

            if (!layout.LandscapeAnnex)
            {
                body.Append(Para("IV. TỔ CHỨC THỰC HIỆN"));
                body.Append(Para("Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này./."));
            }

            body.Append(PageSetup(landscape: true));
        }

        return stream.ToArray();
    }

    private static void WriteHeader(Body body, PlanDocument plan)
    {
        var issuer = plan.Header.Issuer ?? "UBND";
        body.Append(Para("ỦY BAN NHÂN DÂN"));
        body.Append(Para(issuer.Replace("UBND ", "", StringComparison.Ordinal).ToUpper(CultureInfo.GetCultureInfo("vi-VN"))));
        var date = plan.Header.IssuedOn is { } d ? $"ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}" : $"ngày      tháng 01 năm {plan.Header.Period!.From.Year}";
        body.Append(Para($"Số: {plan.Header.Number ?? "      /KH-UBND"}  {date}"));
        body.Append(Para("KẾ HOẠCH"));
        body.Append(Para(plan.Header.Title!["Kế hoạch ".Length..]));
        body.Append(Para("I. MỤC TIÊU, YÊU CẦU"));
        body.Append(Para("1. Mục tiêu"));
        body.Append(Para("- Nâng cao hiệu quả công tác cải cách hành chính."));
    }

    /// <summary>The gold targets not printed inside a task cell of the generated table, as the "Chỉ tiêu" bullets of the body.</summary>
    private static void WriteTargets(Body body, PlanDocument plan, PlanLayout layout, IReadOnlyList<LayoutGroup> groups)
    {
        var shown = layout.Columns.Select(c => c.Column).ToHashSet();
        var cells = groups.SelectMany(g => g.Tasks).SelectMany(t => (shown.Contains(LayoutColumn.Objective) && t.Objective is { } o ? [o] : Array.Empty<string>())
                .Concat(t.SubRows.SelectMany(s => (shown.Contains(LayoutColumn.Output) ? s.Outputs : []).Append(s.Title)
                    .Append(shown.Contains(LayoutColumn.Activity) ? s.Activity : ""))))
            .Where(c => c.Length > 0).Select(GoldScore.Fold).ToList();
        body.Append(Para("2. Chỉ tiêu"));
        foreach (var text in plan.Targets.Select(t => t.Text).Distinct())
        {
            var key = GoldScore.Fold(text);
            if (!cells.Any(c => c.Contains(key, StringComparison.Ordinal)))
            {
                body.Append(Para("- " + text));
            }
        }

        body.Append(Para("II. NHIỆM VỤ TRỌNG TÂM"));
    }

    private sealed record LaidRow(TableRow Row, bool StartsTask);

    private static List<LaidRow> Rows(PlanLayout layout, IReadOnlyList<LayoutGroup> groups)
    {
        var rows = new List<LaidRow>();
        rows.AddRange(HeaderRows(layout).Select(r => new LaidRow(r, false)));
        var sinceHeader = 0;
        foreach (var group in groups)
        {
            rows.Add(new LaidRow(Row([Cell([group.Heading], span: layout.Columns.Count)]), true));
            foreach (var task in group.Tasks)
            {
                if (layout.RepeatHeaderEvery > 0 && ++sinceHeader % layout.RepeatHeaderEvery == 0)
                {
                    rows.AddRange(HeaderRows(layout).Select(r => new LaidRow(r, true)));
                }

                var lines = TaskLines(layout, task);
                for (var k = 0; k < lines.Count; k++)
                {
                    var merged = lines.Count > 1;
                    var cells = layout.Columns.Select(c => c.Column switch
                    {
                        LayoutColumn.Ref => Cell(k == 0 ? [task.Number] : [], merge: merged ? (k == 0 ? MergedCellValues.Restart : MergedCellValues.Continue) : null),
                        LayoutColumn.Objective when layout.GroupSubRows => Cell(k == 0 && task.Objective is { } o ? [o] : [],
                            merge: merged ? (k == 0 ? MergedCellValues.Restart : MergedCellValues.Continue) : null),
                        _ => Cell(lines[k](c.Column)),
                    }).ToArray();
                    rows.Add(new LaidRow(Row(cells), k == 0));
                }
            }
        }

        return rows;
    }

    /// <summary>The cell texts of each table row of one task.</summary>
    private static List<Func<LayoutColumn, IReadOnlyList<string>>> TaskLines(PlanLayout layout, LayoutTask task)
    {
        var result = new List<Func<LayoutColumn, IReadOnlyList<string>>>();
        if (task.TitleRow)
        {
            var title = task.Expected.Title;
            var objective = task.Objective;
            result.Add(c => c switch { LayoutColumn.Title => [title], LayoutColumn.Objective => objective is null ? [] : [objective], _ => [] });
        }

        for (var k = 0; k < task.SubRows.Count; k++)
        {
            var sub = task.SubRows[k];
            var numbered = layout.GroupSubRows && task.SubRows.Count > 1 && !task.TitleRow ? $"{task.Number}.{k + 1}. " : "";
            var objective = !layout.GroupSubRows && !task.TitleRow ? task.Objective : null;
            var bullets = layout.GroupSubRows;
            result.Add(c => c switch
            {
                LayoutColumn.Title => [numbered + sub.Title],
                LayoutColumn.Objective => objective is null ? [] : [objective],
                LayoutColumn.Activity => sub.Activity.Length == 0 ? [] : sub.Activity.Split('\n'),
                LayoutColumn.Output => List(sub.Outputs, bullets),
                LayoutColumn.Lead => List(sub.Lead, bullets),
                LayoutColumn.Support => List(sub.Support, bullets),
                LayoutColumn.Time => [sub.Schedule.Text],
                LayoutColumn.Funding => sub.Funding is null ? [] : [sub.Funding],
                _ => [],
            });
        }

        return result;
    }

    private static IReadOnlyList<string> List(IReadOnlyList<string> items, bool bullets) =>
        items.Count == 0 ? [] : bullets && items.Count > 1 ? items.Select(i => "- " + i).ToList() : [string.Join("; ", items)];

    private static IEnumerable<TableRow> HeaderRows(PlanLayout layout)
    {
        if (layout.SecondHeader.Count == 0)
        {
            yield return Row(layout.Columns.Select(c => Cell([c.Header])).ToArray(), header: true);
            yield break;
        }

        var top = new List<TableCell>();
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            if (layout.SpanningHeaders.FirstOrDefault(s => s.Column == i) is { Span: > 1 } spanning)
            {
                top.Add(Cell([spanning.Text], span: spanning.Span));
                i += spanning.Span - 1;
                continue;
            }

            top.Add(Cell([layout.Columns[i].Header], merge: layout.SecondHeader[i] is null ? MergedCellValues.Restart : null));
        }

        yield return Row([.. top], header: true);
        yield return Row(layout.SecondHeader.Select(h => h is null ? Cell([], merge: MergedCellValues.Continue) : Cell([h])).ToArray(), header: true);
    }

    private static Table Table(PlanLayout layout, IEnumerable<LaidRow> rows)
    {
        var weights = layout.Columns.Select(c => c.Column switch
        {
            LayoutColumn.Ref => 5, LayoutColumn.Objective => 16, LayoutColumn.Title => 22, LayoutColumn.Activity => 18, LayoutColumn.Output => 13,
            LayoutColumn.Lead => 12, LayoutColumn.Support => 12, LayoutColumn.Time => 11, LayoutColumn.Funding => 8, _ => 6,
        }).ToList();
        var widths = weights.Select(w => LandscapeWidth * w / weights.Sum()).ToList();
        var table = new Table();
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        table.Append(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(CultureInfo.InvariantCulture) },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        foreach (var row in rows)
        {
            table.Append(row.Row.CloneNode(true));
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
            cell.Append(Para(p, size: "20"));
            any = true;
        }

        if (!any)
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    private static Paragraph SectionBreak(bool landscape) => new(new ParagraphProperties(PageSetup(landscape)));

    private static SectionProperties PageSetup(bool landscape) =>
        new(landscape
                ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = 11906, Height = 16838, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = 1000, Bottom = 1000, Left = 1000, Right = 1000 });

    private static Paragraph Para(string text, string size = "24") =>
        new(new Run(new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = size }),
            new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
