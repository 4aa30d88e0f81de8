using Microsoft.Extensions.Options;

namespace ParPlan.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where ParPlan keeps its data. Bound from <c>Database:Provider</c>, <c>Data:Directory</c>
/// (the <c>--data DIR</c> flag) and <c>ConnectionStrings:Postgres</c>.</summary>
public sealed class DatabaseOptions
{
    public const string DefaultDirectory = "./data";
    public const string SqliteFileName = "parplan.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string DataDirectory { get; set; } = DefaultDirectory;

    public string? PostgresConnectionString { get; set; }

    /// <summary>Milliseconds SQLite waits for a lock before it answers "database is locked".</summary>
    public int SqliteBusyTimeoutMs { get; set; } = 5000;

    public string SqliteFilePath => Path.GetFullPath(Path.Combine(DataDirectory, SqliteFileName));

    public static DatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new DatabaseOptions();
        var provider = configuration["Database:Provider"];
        if (!string.IsNullOrWhiteSpace(provider))
        {
            options.Provider = Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var parsed)
                ? parsed
                : (DatabaseProvider)(-1);
        }

        options.DataDirectory = configuration["Data:Directory"] is { Length: > 0 } dir ? dir : DefaultDirectory;
        options.PostgresConnectionString = configuration.GetConnectionString("Postgres");
        if (int.TryParse(configuration["Database:SqliteBusyTimeoutMs"], out var busy))
        {
            options.SqliteBusyTimeoutMs = busy;
        }

        return options;
    }
}

/// <summary>Checks the database settings at start and names the setting to fix.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            errors.Add("Database:Provider must be 'Sqlite' or 'Postgres' (Cấu hình Database:Provider phải là 'Sqlite' hoặc 'Postgres').");
        }

        if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            errors.Add("Database:Provider is 'Postgres' but ConnectionStrings:Postgres is empty (Thiếu chuỗi kết nối ConnectionStrings:Postgres).");
        }

        if (options.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            errors.Add("Data:Directory (--data DIR) must not be empty (Thư mục dữ liệu không được để trống).");
        }

        if (options.SqliteBusyTimeoutMs < 0)
        {
            errors.Add("Database:SqliteBusyTimeoutMs must be zero or positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
