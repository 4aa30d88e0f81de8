using System.Text;
using Microsoft.AspNetCore.Identity;
using ParPlan.Cli;
using ParPlan.Hosting;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Auth;

/// <summary><c>parplan users add-admin USER [--data DIR]</c>: creates the first administrator of a real installation.
/// The password is asked twice without echo on a terminal, or read from one line of redirected standard input.</summary>
public static class UsersCli
{
    public const string Usage = "Cách dùng: parplan users add-admin USER [--data DIR]";

    public static Task<int> RunAsync(string[] args) =>
        RunAsync(args, Console.In, Console.Out, Console.Error, interactive: !Console.IsInputRedirected);

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        if (args.Length < 2 || args[0] != "add-admin" || args[1].StartsWith('-'))
        {
            await error.WriteLineAsync(Usage);
            return CliApp.BadInput;
        }

        var userName = args[1].Trim();
        var password = interactive ? ReadTwiceFromTerminal(error) : await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("Chưa nhập mật khẩu (hoặc hai lần nhập không khớp).");
            return CliApp.BadInput;
        }

        ServiceProvider store;
        try
        {
            store = await CliStore.OpenAsync(CommandLineArgs.Parse(args[2..]).Settings);
        }
        catch (StartupConfigurationException ex)
        {
            return StartupChecks.Report(ex, error);
        }

        await using (store)
        {
            await using var scope = store.CreateAsyncScope();
            var (code, message) = await AddAdminAsync(scope.ServiceProvider, userName, password);
            await (code == CliApp.Ok ? output : error).WriteLineAsync(message);
            return code;
        }
    }

    /// <summary>Creates the user with the administrator role; errors come back in Vietnamese.</summary>
    public static async Task<(int Code, string Message)> AddAdminAsync(IServiceProvider services, string userName, string password)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return (CliApp.BadInput, $"Tên đăng nhập '{userName}' đã tồn tại.");
        }

        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            var created = await roles.CreateAsync(new IdentityRole(Roles.Admin));
            if (!created.Succeeded)
            {
                return (CliApp.Internal, Describe(created));
            }
        }

        var user = new AppUser { UserName = userName, DisplayName = "Quản trị hệ thống", LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return (CliApp.BadInput, "Không tạo được tài khoản: " + Describe(result));
        }

        result = await users.AddToRoleAsync(user, Roles.Admin);
        return result.Succeeded
            ? (CliApp.Ok, $"Đã tạo tài khoản quản trị '{userName}'.")
            : (CliApp.Internal, Describe(result));
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    private static string? ReadTwiceFromTerminal(TextWriter prompt)
    {
        var first = ReadHidden(prompt, "Mật khẩu: ");
        var second = ReadHidden(prompt, "Nhập lại mật khẩu: ");
        return first == second ? first : null;
    }

    private static string ReadHidden(TextWriter prompt, string label)
    {
        prompt.Write(label);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        prompt.WriteLine();
        return text.ToString();
    }
}
