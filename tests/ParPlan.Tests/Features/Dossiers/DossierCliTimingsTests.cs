using ParPlan.Features.Dossiers;
using ParPlan.Tests.Data;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary><c>parplan dossiers import FILE --Dossiers:Timings=true</c>: where the import's time went, step by step.</summary>
public class DossierCliTimingsTests
{
    [Fact]
    public async Task The_import_prints_each_steps_time_only_when_asked()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var file = Path.Combine(database.Options.DataDirectory, "hoso.csv");
        await File.WriteAllTextAsync(file, Header + "\n" + Row("T1", "BAT.KY", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra") + "\n");

        var (asked, askedErr) = await CliAsync("import", file, "--data", database.Options.DataDirectory, "--Dossiers:Timings=true");
        var (plain, plainErr) = await CliAsync("import", file, "--data", database.Options.DataDirectory);

        Assert.Equal((0, 0), (asked, plain));
        Assert.Contains("Từng bước:", askedErr, StringComparison.Ordinal);
        Assert.Contains("ms  đọc và ghi các dòng", askedErr, StringComparison.Ordinal);
        Assert.Contains("ms  chỉ số:", askedErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Từng bước:", plainErr, StringComparison.Ordinal);
        Assert.Contains("Thời gian:", plainErr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Err)> CliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await DossierCli.DossiersAsync(args, stdout, stderr);
        return (code, stderr.ToString());
    }
}
