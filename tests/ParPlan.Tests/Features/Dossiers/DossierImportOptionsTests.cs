namespace ParPlan.Tests.Features.Dossiers;

/// <summary>A bad dossier import setting stops the start with exit code 2 and a Vietnamese message naming the key.</summary>
public sealed class DossierImportOptionsTests
{
    [Theory]
    [InlineData("Dossiers:ChunkSize", "0", "Dossiers:ChunkSize phải từ 1")]
    [InlineData("Dossiers:MaxUploadBytes", "-1", "Dossiers:MaxUploadBytes phải từ 1 KB")]
    [InlineData("Dossiers:SmallFileBytes", "999999999999", "Dossiers:SmallFileBytes phải từ 0 đến Dossiers:MaxUploadBytes")]
    [InlineData("Dossiers:MaxStoredRejections", "-5", "Dossiers:MaxStoredRejections phải từ 0")]
    public async Task A_bad_dossier_import_setting_stops_the_start_with_a_message_naming_the_key(string key, string value, string message)
    {
        var data = Path.Combine(Path.GetTempPath(), "parplan-test-" + Guid.NewGuid().ToString("N"));
        await using var app = ParPlan.Hosting.WebHost.CreateBuilder(["--urls", "http://127.0.0.1:0", "--data", data, "--FollowUp:Enabled=false",
            $"--{key}={value}"]).Build();

        var ex = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync());
        using var error = new StringWriter();

        Assert.Equal(2, ParPlan.Infrastructure.StartupChecks.Report(ex, error));
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Directory.Delete(data, recursive: true);
    }
}
