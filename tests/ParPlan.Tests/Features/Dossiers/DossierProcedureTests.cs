using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Dossiers;
using ParPlan.Tests.Data;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

public class DossierProcedureTests
{
    private static string WithProcedure(string row, string code, string name) =>
        row.Replace("1.001,Đăng ký khai sinh", $"{code},{name}", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dossiers_of_one_procedure_share_one_entry_across_imports_and_a_procedure_written_differently_gets_its_own(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 3);
        var first = Enumerable.Range(1, 7).Select(i => Row($"HS{i}", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", null, "dang_xu_ly")).ToList();
        first[6] = WithProcedure(first[6], "2.002", "Đăng ký kết hôn");
        await store.ImportAsync(store.WriteCsv(first));
        var second = new List<string>
        {
            Row("HS8", "T.H1.X1", "2025-03-11T08:00", "2025-03-20T17:00", null, "dang_xu_ly"),
            Row("HS9", "T.H1.X2", "2025-03-11T08:00", "2025-03-20T17:00", null, "dang_xu_ly", field: "Chứng thực"),
            WithProcedure(Row("HS10", "T.H1.X2", "2025-03-11T08:00", "2025-03-20T17:00", null, "dang_xu_ly"), "", ""),
        };
        await store.ImportAsync(store.WriteCsv(second));

        await store.Database.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            var procedures = await db.Set<DossierProcedure>().OrderBy(p => p.Id).Select(p => new { p.Id, p.Code, p.Name, p.Field }).ToListAsync();
            Assert.Equal(
                ["1.001|Đăng ký khai sinh|Hộ tịch", "2.002|Đăng ký kết hôn|Hộ tịch", "1.001|Đăng ký khai sinh|Chứng thực", "||Hộ tịch"],
                procedures.Select(p => $"{p.Code}|{p.Name}|{p.Field}"));
            var byCode = await db.Set<Dossier>().ToDictionaryAsync(d => d.Code, d => d.ProcedureId);
            Assert.Equal(procedures[0].Id, byCode["HS1"]);
            Assert.Equal(procedures[0].Id, byCode["HS8"]);
            Assert.Equal(procedures[1].Id, byCode["HS7"]);
            Assert.Equal(procedures[2].Id, byCode["HS9"]);
            Assert.Equal(procedures[3].Id, byCode["HS10"]);
        });
    }

    [Fact]
    public async Task A_dossier_without_procedure_code_name_or_field_has_no_procedure_entry()
    {
        await using var store = await DossierStore.CreateAsync(TestDatabase.Sqlite);
        var row = Row("HS1", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", null, "dang_xu_ly", field: "");
        await store.ImportAsync(store.WriteCsv([WithProcedure(row, "", "")]));

        await store.Database.InScopeAsync(async sp =>
        {
            Assert.Null(await sp.Db().Set<Dossier>().Select(d => d.ProcedureId).SingleAsync());
            Assert.Equal(0, await sp.CountAsync<DossierProcedure>());
        });
    }

    [Fact]
    public void The_key_of_a_procedure_tells_a_missing_text_from_an_empty_one_and_the_texts_apart()
    {
        Assert.Equal(DossierProcedure.KeyOf("1.001", "Khai sinh", "Hộ tịch"), DossierProcedure.KeyOf("1.001", "Khai sinh", "Hộ tịch"));
        Assert.NotEqual(DossierProcedure.KeyOf(null, "", "Hộ tịch"), DossierProcedure.KeyOf("", null, "Hộ tịch"));
        Assert.NotEqual(DossierProcedure.KeyOf("a", "bc", null), DossierProcedure.KeyOf("ab", "c", null));
        Assert.Equal(64, DossierProcedure.KeyOf(null, null, null).Length);
    }

    [Fact]
    public async Task A_new_sqlite_store_is_created_with_sixteen_kilobyte_pages()
    {
        await using var store = await DossierStore.CreateAsync(TestDatabase.Sqlite);

        var pageSize = await store.Database.InScopeAsync(async sp =>
        {
            var connection = (SqliteConnection)sp.Db().Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size";
            return (long)(await command.ExecuteScalarAsync())!;
        });

        Assert.Equal(SqlitePragmas.NewStorePageSize, pageSize);
    }
}
