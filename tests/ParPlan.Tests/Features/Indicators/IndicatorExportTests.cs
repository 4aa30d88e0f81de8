using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Indicators;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Indicators;

/// <summary>The board's XLSX export read back cell by cell, as an officer opens it in a spreadsheet.</summary>
public sealed class IndicatorExportTests
{
    [Fact]
    public async Task The_export_has_a_vietnamese_sheet_a_title_row_named_columns_with_widths_and_numeric_targets_with_their_comparator()
    {
        await using var app = new ParPlanFactory(new Dictionary<string, string?> { ["FollowUp:Enabled"] = "false" });
        var province = await app.AddUnitAsync("P", "UBND tỉnh Thử", UnitKind.ProvinceGovernment, UnitLevel.Province, null);
        await app.AddUnitAsync("P.X1", "UBND xã Một", UnitKind.CommuneGovernment, UnitLevel.Commune, province);
        await app.AddUserAsync("thuongtruc.p", Roles.StandingOfficer, province);
        using var client = await app.LoginAsync("thuongtruc.p");
        var csv = ParPlan.Tests.Features.Dossiers.DossierStore.Header + "\n" + string.Join("\n",
            Row("HS1", "P.X1", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "da_tra"),
            Row("HS2", "P.X1", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "da_tra"),
            Row("HS3", "P", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-15T09:00", "da_tra")) + "\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "hoso.csv");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/dossiers/import", form)).StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var targets = scope.ServiceProvider.GetRequiredService<IndicatorTargets>();
            var set = await targets.SetTargetAsync(new SetTargetRequest(province, 2025, "dossier.on-time-rate", ">=", 98.5m, "%", Text: "Đúng hạn 98,5%"));
            Assert.True(set.IsSuccess, set.Error?.Message);
        }

        var response = await client.GetAsync($"/chi-so/xuat?governmentId={province}&period=2025-Q3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("Chỉ số", sheet.Name!.Value);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
        var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        string Text(Cell c) => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";
        List<Cell> Cells(Row r) => r.Elements<Cell>().ToList();

        var today = DateText.Format(VietnamTime.Today(app.Time));
        var title = Text(Cells(rows[0])[0]);
        Assert.Contains("UBND tỉnh Thử", title, StringComparison.Ordinal);
        Assert.Contains("Quý III/2025", title, StringComparison.Ordinal);
        Assert.Contains("ngày xuất " + today, title, StringComparison.Ordinal);
        Assert.Equal(["Chỉ số", "Đơn vị tính", "Tử số", "Mẫu số", "Giá trị", "So sánh", "Chỉ tiêu", "Đánh giá", "Nguồn số liệu"], Cells(rows[1]).Select(Text));

        var onTime = Cells(rows.Skip(2).Single(r => Text(Cells(r)[0]) == "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn và trước hạn"));
        Assert.Equal("66.67", onTime[4].CellValue!.Text);
        Assert.Equal(CellValues.Number, onTime[4].DataType!.Value);
        Assert.Equal(("2", "3"), (onTime[2].CellValue!.Text, onTime[3].CellValue!.Text));
        Assert.Equal("≥", Text(onTime[5]));
        Assert.Equal("98.5", onTime[6].CellValue!.Text);
        Assert.Equal(CellValues.Number, onTime[6].DataType!.Value);
        Assert.Equal("Không đạt", Text(onTime[7]));
        Assert.DoesNotContain(rows.SelectMany(Cells), c => Text(c).StartsWith("dossier.", StringComparison.Ordinal));

        var widths = worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(9, widths.Count);
        Assert.True(widths[0] >= 40, $"Cột tên chỉ số rộng {widths[0]}");
        Assert.All(widths, w => Assert.True(w >= 10));
    }
}
