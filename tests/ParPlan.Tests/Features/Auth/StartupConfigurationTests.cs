using Microsoft.Extensions.Configuration;
using ParPlan.Hosting;
using ParPlan.Infrastructure;

namespace ParPlan.Tests.Features.Auth;

public sealed class StartupConfigurationTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public async Task An_unknown_database_provider_stops_the_app_before_it_serves_anything()
    {
        await using var app = new ParPlanFactory(new() { ["Database:Provider"] = "Oracle" });

        // The entry point reports the problem and returns without building a host.
        Assert.ThrowsAny<InvalidOperationException>(() => app.CreateClient());
    }

    [Fact]
    public void An_unknown_database_provider_is_named_in_the_message()
    {
        var ex = Assert.Throws<StartupConfigurationException>(() =>
            StartupChecks.ThrowIfInvalid(Config(("Database:Provider", "Oracle"), ("Data:Directory", Path.GetTempPath()))));

        Assert.Contains("Database:Provider = 'Oracle' không được hỗ trợ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_reported()
    {
        var problems = StartupChecks.Validate(Config(("Database:Provider", "Postgres"), ("ConnectionStrings:Postgres", ""),
            ("Data:Directory", Path.GetTempPath())));

        var problem = Assert.Single(problems);
        Assert.Contains("thiếu chuỗi kết nối ConnectionStrings:Postgres", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_directory_that_is_a_file_is_reported()
    {
        var file = Path.GetTempFileName();
        try
        {
            var problems = StartupChecks.Validate(Config(("Data:Directory", file)));

            Assert.Contains(problems, p => p.Contains("là một tệp, không phải thư mục", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Serve_with_a_bad_configuration_prints_one_message_and_exits_non_zero()
    {
        using var error = new StringWriter();

        var code = await WebHost.RunAsync(["--Database:Provider=Oracle", "--urls", "http://127.0.0.1:0", "--data", Path.GetTempPath()], error);

        Assert.NotEqual(0, code);
        var text = error.ToString();
        Assert.StartsWith("ParPlan không khởi động được.", text, StringComparison.Ordinal);
        Assert.Contains("Database:Provider", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
