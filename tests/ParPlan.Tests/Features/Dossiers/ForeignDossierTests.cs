using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Tests.Data;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>An import confined to a government (an officer's) does not overwrite a dossier already stored for a unit of
/// another government under the same source and code: the row is rejected with the reason, the stored one is kept.</summary>
public class ForeignDossierTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_communes_import_cannot_overwrite_the_provinces_dossier_with_the_same_code(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);
        await store.ImportAsync(store.WriteCsv([Row("HS1", "T.SNV", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "da_tra")]), "tai-len");

        var commune = await store.ImportAsync(store.WriteCsv([
            Row("HS1", "T.X1", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-20T09:00", "da_tra", channel: "truc_tuyen"),
            Row("HS2", "T.X1", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "da_tra"),
        ]), "tai-len", importer => importer.UnitFilter = code => code.StartsWith("T.X1", StringComparison.Ordinal));
        var province = await store.ImportAsync(store.WriteCsv([
            Row("HS2", "T.X1", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-06T09:00", "da_tra"),
        ]), "tai-len", importer => importer.UnitFilter = code => code.StartsWith('T'));
        var stored = await store.Database.InScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Set<Dossier>().AsNoTracking()
            .OrderBy(d => d.Code).Select(d => new { d.Code, d.UnitCode, d.Channel }).ToListAsync());

        Assert.Equal((1L, 0L, 1L), (commune.Imported, commune.Updated, commune.Rejected));
        Assert.Contains("'HS1'", Assert.Single(commune.Rejections).Reason, StringComparison.Ordinal);
        Assert.Equal((0L, 1L, 0L), (province.Imported, province.Updated, province.Rejected));
        Assert.Equal(("HS1", "T.SNV", ParPlan.Core.Dossiers.DossierChannel.InPerson), (stored[0].Code, stored[0].UnitCode, stored[0].Channel));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_communes_import_names_another_governments_unit_as_such_and_an_unknown_code_as_unknown(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider);

        var commune = await store.ImportAsync(store.WriteCsv([
            Row("HS1", "T.X1", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "da_tra"),
            Row("HS2", "T.SNV", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "da_tra"),
            Row("HS3", "KHONG.CO", "2025-08-04T08:00", "2025-08-10T17:00", "2025-08-05T09:00", "da_tra"),
        ]), "tai-len", importer => importer.UnitFilter = code => code.StartsWith("T.X1", StringComparison.Ordinal));

        Assert.Equal((1L, 2L), (commune.Imported, commune.Rejected));
        var reasons = commune.Rejections.OrderBy(r => r.Line).Select(r => r.Reason).ToList();
        Assert.StartsWith("Đơn vị 'T.SNV' thuộc chính quyền khác", reasons[0], StringComparison.Ordinal);
        Assert.Equal("Mã đơn vị 'KHONG.CO' không có trong danh mục đơn vị.", reasons[1]);
    }
}
