namespace ParPlan.Data;

/// <summary>
/// Checks typed text against the column it goes into before anything is stored: SQLite would keep a megabyte in a
/// <c>varchar(50)</c>, PostgreSQL would refuse it with a 500. The limits are the entities' own constants.
/// </summary>
public static class TextLimits
{
    /// <summary>The first field over its limit as a Vietnamese error naming the field and its limit
    /// ("Số hiệu kế hoạch tối đa 50 ký tự."), or null when all fit. Surrounding spaces do not count.</summary>
    public static Error? Check(params ReadOnlySpan<(string Label, string? Value, int Max)> fields)
    {
        foreach (var (label, value, max) in fields)
        {
            if (value is not null && value.AsSpan().Trim().Length > max)
            {
                return Error.Invalid($"{label} tối đa {max} ký tự.");
            }
        }

        return null;
    }
}
