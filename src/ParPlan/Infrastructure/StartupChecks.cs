namespace ParPlan.Infrastructure;

/// <summary>Checks the configuration before anything starts, so a mistake gives one clear message instead of a stack trace.</summary>
public static class StartupChecks
{
    public static readonly string[] Providers = ["Sqlite", "Postgres"];

    /// <summary>The data folder: <c>--data DIR</c> (configuration key <c>Data:Directory</c>), default <c>./data</c>.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Data:Directory"] is { Length: > 0 } dir ? dir : "data");

    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        var problems = new List<string>();
        var provider = configuration["Database:Provider"];
        if (!string.IsNullOrWhiteSpace(provider) && !Providers.Contains(provider, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"Database:Provider = '{provider}' không được hỗ trợ. Chọn một trong: {string.Join(", ", Providers)} (mặc định Sqlite).");
        }

        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Postgres")))
        {
            problems.Add("Đã chọn Database:Provider = Postgres nhưng thiếu chuỗi kết nối ConnectionStrings:Postgres "
                + "(ví dụ --ConnectionStrings:Postgres=\"Host=...;Database=parplan;Username=...\" hoặc biến môi trường ConnectionStrings__Postgres).");
        }

        var dataProblem = CheckDataDirectory(DataDirectory(configuration));
        if (dataProblem is not null)
        {
            problems.Add(dataProblem);
        }

        return problems;
    }

    public static void ThrowIfInvalid(IConfiguration configuration)
    {
        var problems = Validate(configuration);
        if (problems.Count > 0)
        {
            throw new StartupConfigurationException(problems);
        }
    }

    private static string? CheckDataDirectory(string dir)
    {
        if (File.Exists(dir))
        {
            return $"Thư mục dữ liệu '{dir}' (--data) là một tệp, không phải thư mục.";
        }

        try
        {
            Directory.CreateDirectory(dir);
            var probe = Path.Combine(dir, $".ghi-thu-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"Không dùng được thư mục dữ liệu '{dir}' (--data): {ex.Message}";
        }
    }

    /// <summary>Prints a start-up failure for the operator: the message only, no stack trace. Returns the exit code:
    /// 2 for a configuration mistake, 1 for anything else (port in use, database unreachable).</summary>
    public static int Report(Exception ex, TextWriter error)
    {
        var message = ex switch
        {
            StartupConfigurationException config => config.Message,
            Microsoft.Extensions.Options.OptionsValidationException options =>
                "Cấu hình không hợp lệ:" + Environment.NewLine + string.Join(Environment.NewLine, options.Failures.Select(f => "  - " + f)),
            IOException io when io.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) =>
                "Không mở được cổng: " + io.Message,
            Data.DatabaseUnavailableException store => store.Message,
            Data.StoreSchemaMismatchException schema => schema.Message,
            _ => $"{ex.GetType().Name}: {ex.GetBaseException().Message}",
        };
        error.WriteLine("ParPlan không khởi động được.");
        error.WriteLine(message);
        return ex is StartupConfigurationException or Microsoft.Extensions.Options.OptionsValidationException ? 2 : 1;
    }
}
