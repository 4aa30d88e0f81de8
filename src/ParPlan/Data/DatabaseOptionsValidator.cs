using Microsoft.Extensions.Options;

namespace ParPlan.Data;

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
