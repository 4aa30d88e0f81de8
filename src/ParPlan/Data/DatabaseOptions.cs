using Microsoft.Extensions.Options;

namespace ParPlan.Data;

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
