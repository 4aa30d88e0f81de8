using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Core.Dossiers;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Tests.Data;
using ParPlan.Tests.Features.Organisation;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>A migrated store with the dossier services and the small <see cref="OrgScenario"/> province
/// (communes T.H1.X1 and T.H1.X2 merged into T.X1 on 1/7/2025), plus helpers to write dossier files.</summary>
public sealed class DossierStore : IAsyncDisposable
{
    public const string Header = "ma_ho_so,ma_thu_tuc,ten_thu_tuc,linh_vuc,ma_don_vi,ngay_tiep_nhan,han_tra_ket_qua,ngay_hoan_thanh,trang_thai,kenh_nop,"
        + "muc_do_dvc,co_nghia_vu_tai_chinh,thanh_toan_truc_tuyen,so_hoa_ho_so,so_hoa_ket_qua,tai_su_dung,xin_loi,danh_gia";

    private readonly List<string> files = [];

    private DossierStore(TestDatabase database, OrgScenario org)
    {
        Database = database;
        Org = org;
    }

    public TestDatabase Database { get; }

    public OrgScenario Org { get; }

    public static async Task<DossierStore> CreateAsync(string provider, int chunkSize = 50_000, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dossiers:ChunkSize"] = chunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var database = await TestDatabase.CreateAsync(provider, s =>
        {
            s.AddDossierServices(configuration).AddIndicatorServices(configuration);
            configure?.Invoke(s);
        });
        return new DossierStore(database, await OrgScenario.BuildAsync(database));
    }

    /// <summary>One canonical row; instants are local (Việt Nam) "yyyy-MM-ddTHH:mm".</summary>
    public static string Row(string code, string unit, string received, string due, string? finished, string status,
        string channel = "truc_tiep", string apologised = "", string field = "Hộ tịch") =>
        $"{code},1.001,Đăng ký khai sinh,{field},{unit},{received},{due},{finished},{status},{channel},,0,,1,,,{apologised},";

    public string WriteCsv(IEnumerable<string> rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parplan-hoso-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        files.Add(path);
        return path;
    }

    public Task<DossierImportResult> ImportAsync(string path, string source = "test", Action<DossierImporter>? configure = null) =>
        Database.InScopeAsync(async sp =>
        {
            var importer = sp.GetRequiredService<DossierImporter>();
            configure?.Invoke(importer);
            return await importer.ImportAsync(path, source);
        });

    public Task<ComputeSummary> ComputeAsync() =>
        Database.InScopeAsync(sp => sp.GetRequiredService<IndicatorComputer>().ComputeAsync());

    public Task<List<IndicatorValueDto>> ValuesAsync(Guid governmentId, string period) =>
        Database.InScopeAsync(sp => sp.GetRequiredService<IndicatorQueries>().ValuesAsync(governmentId, Core.Indicators.ReportingPeriod.Parse(period)));

    public static IndicatorValueDto Value(List<IndicatorValueDto> values, string code, string unit) =>
        Assert.Single(values, v => v.Code == code && v.UnitCode == unit);

    public async ValueTask DisposeAsync()
    {
        foreach (var file in files) File.Delete(file);
        await Database.DisposeAsync();
    }
}
