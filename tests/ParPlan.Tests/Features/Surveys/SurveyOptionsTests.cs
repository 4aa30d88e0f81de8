namespace ParPlan.Tests.Features.Surveys;

/// <summary>A bad survey setting (the configurable formula, the upload limit) stops the start with exit code 2 and a
/// Vietnamese message naming the key.</summary>
public sealed class SurveyOptionsTests
{
    [Theory]
    [InlineData("Surveys:ScaleMax", "1", "Surveys:ScaleMax phải từ 2 đến 10")]
    [InlineData("Surveys:SatisfiedFrom", "7", "Surveys:SatisfiedFrom phải từ 2 đến Surveys:ScaleMax")]
    [InlineData("Surveys:MaxUploadBytes", "10", "Surveys:MaxUploadBytes phải từ 1 KB")]
    public async Task A_bad_survey_setting_stops_the_start_with_a_message_naming_the_key(string key, string value, string message)
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
