using Microsoft.Extensions.Options;

namespace ParPlan.Infrastructure;

/// <summary>Each limit in its range, with a message that names the key.</summary>
public sealed class UploadLimitsValidator : IValidateOptions<UploadLimitsOptions>
{
    private const long Gigabyte = 1024L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, UploadLimitsOptions options)
    {
        var errors = new List<string>();
        Package("Word", options.Word, 16 * Gigabyte, errors);
        Package("Excel", options.Excel, 64 * Gigabyte, errors);
        var pdf = options.Pdf;
        Range(errors, "Pdf:MaxPages", pdf.MaxPages, 1, 100_000, "trang");
        Range(errors, "Pdf:MaxUncompressedBytes", pdf.MaxUncompressedBytes, 1024 * 1024, 16 * Gigabyte, "byte");
        Range(errors, "Pdf:MaxCompressionRatio", pdf.MaxCompressionRatio, 2, 100_000, "lần");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Package(string kind, UploadLimitsOptions.PackageLimits limits, long maxBytes, List<string> errors)
    {
        Range(errors, $"{kind}:MaxEntries", limits.MaxEntries, 1, 1_000_000, "thành phần");
        Range(errors, $"{kind}:MaxUncompressedBytes", limits.MaxUncompressedBytes, 1024 * 1024, maxBytes, "byte");
        Range(errors, $"{kind}:MaxCompressionRatio", limits.MaxCompressionRatio, 2, 100_000, "lần");
    }

    private static void Range(List<string> errors, string key, long value, long min, long max, string unit)
    {
        if (value < min || value > max)
        {
            errors.Add($"{UploadLimitsOptions.Section}:{key} phải từ {min} đến {max} {unit}; đang là {value}.");
        }
    }
}
