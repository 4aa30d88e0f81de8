using Microsoft.Extensions.Options;
using ParPlan.Hosting;
using ParPlan.Infrastructure;

namespace ParPlan.Tests.Features.Plans;

public sealed class PlanImportOptionsTests
{
    [Fact]
    public async Task A_zero_upload_limit_stops_the_start_with_a_Vietnamese_message_naming_the_key()
    {
        var data = Path.Combine(Path.GetTempPath(), "parplan-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var ex = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
            {
                await using var app = WebHost.CreateBuilder(["--urls", "http://127.0.0.1:0", "--data", data, "--FollowUp:Enabled=false",
                    "--Plans:Import:MaxBytes=0"]).Build();
                await app.StartAsync();
            });
            using var error = new StringWriter();

            Assert.Equal(2, StartupChecks.Report(ex, error));
            Assert.Contains("Plans:Import:MaxBytes phải lớn hơn 0", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
