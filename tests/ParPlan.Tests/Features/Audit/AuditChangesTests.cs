using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Audit;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Audit;

/// <summary>The audit log shows each change as a before/after table in Vietnamese: field names and entity names from the
/// vocabulary, dates dd/MM/yyyy, unit names instead of ids, labels instead of enum names, no JSON and no GUID.</summary>
public sealed partial class AuditChangesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_created_and_renamed_unit_reads_as_vietnamese_fields_with_names_and_dd_mm_yyyy_dates(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using (AuditActor.Begin("an"))
        {
            await database.InScopeAsync(async sp =>
            {
                var org = sp.GetRequiredService<OrgCommands>();
                var province = await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest("T", "UBND tỉnh Quảng Trị", UnitKind.ProvinceGovernment, UnitLevel.Province, null, null)));
                var snv = await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest("T.SNV", "Sở Nội vụ", UnitKind.Department, UnitLevel.Agency, province, new DateOnly(2025, 7, 1))));
                return await ResultAssert.Ok(org.RenameAsync(new RenameUnitRequest(snv, "Sở Nội vụ tỉnh Quảng Trị", new DateOnly(2026, 1, 1))));
            });
        }

        var changes = await database.InScopeAsync(async sp =>
        {
            var rows = (await sp.GetRequiredService<AuditQueries>().SearchAsync(new AuditFilter())).Rows;
            return await sp.GetRequiredService<AuditChanges>().DescribeAsync(rows);
        });

        var added = changes.Single(c => c.Entity == "Đơn vị" && c.Action == "Thêm" && c.Subject == "Sở Nội vụ tỉnh Quảng Trị");
        Assert.Contains(new AuditFieldChange("Loại", "", "Cơ quan chuyên môn"), added.Fields);
        Assert.Contains(new AuditFieldChange("Hiệu lực từ", "", "01/07/2025"), added.Fields);
        var link = changes.Single(c => c.Entity == "Quan hệ trực thuộc" && c.Action == "Thêm");
        Assert.Contains(new AuditFieldChange("Đơn vị cấp trên", "", "UBND tỉnh Quảng Trị"), link.Fields);
        var renamed = changes.Single(c => c.Entity == "Tên đơn vị" && c.Action == "Sửa");
        Assert.Contains(new AuditFieldChange("Hiệu lực đến", "(trống)", "31/12/2025"), renamed.Fields);
        Assert.Matches(@"^\d\d/\d\d/\d{4} \d\d:\d\d:\d\d$", renamed.At);
        Assert.Equal("an", renamed.UserName);

        var shown = string.Join("\n", changes.SelectMany(c => c.Fields.SelectMany(f => new[] { f.Field, f.Before, f.After }).Append(c.Subject).Append(c.Entity)));
        Assert.DoesNotMatch(Guid(), shown);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", shown);
        Assert.DoesNotContain("{", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Department", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_parplan_reads_as_the_page_it_opens()
    {
        var task = System.Guid.NewGuid();
        var names = new Dictionary<string, string> { [task.ToString()] = "Nhiệm vụ 3.1: Công bố thủ tục" };
        using var doc = System.Text.Json.JsonDocument.Parse($"\"/nhiem-vu/{task}\"");

        Assert.Equal("Nhiệm vụ 3.1: Công bố thủ tục", AuditValueText.Of(doc.RootElement, typeof(string), "Link", names));
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
