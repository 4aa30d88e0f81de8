using Microsoft.Data.Sqlite;
using ParPlan.Cli;
using ParPlan.Features.Auth;

namespace ParPlan.Tests.Features.Auth;

public sealed class UsersCliTests
{
    [Fact]
    public async Task Add_admin_reads_the_password_from_redirected_stdin_and_the_admin_can_log_in()
    {
        await using var app = new ParPlanFactory();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await UsersCli.RunAsync(["add-admin", "quantri", "--data", app.DataDirectory], new StringReader("Quantri@2026\n"), output, error, interactive: false);
        SqliteConnection.ClearAllPools();

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("Đã tạo tài khoản quản trị 'quantri'.", output.ToString(), StringComparison.Ordinal);
        using var client = await app.LoginAsync("quantri", "Quantri@2026");
    }

    [Fact]
    public async Task Add_admin_refuses_a_weak_password_with_the_vietnamese_rules()
    {
        var dir = Path.Combine(Path.GetTempPath(), "parplan-cli-" + Guid.NewGuid().ToString("N"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            var code = await UsersCli.RunAsync(["add-admin", "quantri", "--data", dir], new StringReader("yeu\n"), output, error, interactive: false);

            Assert.Equal(CliApp.BadInput, code);
            Assert.Contains("Mật khẩu phải có ít nhất 8 ký tự.", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("ít nhất một chữ số", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Add_admin_without_a_user_name_prints_the_usage()
    {
        using var error = new StringWriter();

        var code = await UsersCli.RunAsync(["add-admin"], new StringReader(""), TextWriter.Null, error, interactive: false);

        Assert.Equal(CliApp.BadInput, code);
        Assert.Contains(UsersCli.Usage, error.ToString(), StringComparison.Ordinal);
    }
}
