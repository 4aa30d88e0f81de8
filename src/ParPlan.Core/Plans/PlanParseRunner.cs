using System.Globalization;
using ParPlan.Core.Documents;

namespace ParPlan.Core.Plans;

/// <summary>
/// The logic of <c>parplan plan parse FILE [--year YYYY] --json</c>, without any console: 0 parsed, 2 unreadable input
/// (Vietnamese message, no stack trace), 1 internal error. Writes nothing anywhere.
/// </summary>
public static class PlanParseRunner
{
    public const string Usage = "Cách dùng: parplan plan parse TỆP [--year NNNN] --json";

    /// <param name="limits">What the file may cost to read; <see cref="DocumentLimits.Defaults"/> when null.</param>
    public static PlanParseOutcome Run(IReadOnlyList<string> args, DocumentLimits? limits = null)
    {
        string? file = null;
        int? year = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    break;
                case "--year" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200:
                    year = y;
                    i++;
                    break;
                case "--year":
                    return new PlanParseOutcome(2, "", "Tham số --year cần một năm gồm 4 chữ số, ví dụ --year 2025.\n" + Usage + "\n");
                case "--data":
                    i++;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        break; // configuration switches of the host (--Database:Provider=…) are not ours
                    }

                    if (file is not null)
                    {
                        return new PlanParseOutcome(2, "", $"Thừa tham số: {args[i]}\n{Usage}\n");
                    }

                    file = args[i];
                    break;
            }
        }

        if (file is null)
        {
            return new PlanParseOutcome(2, "", "Thiếu tệp cần đọc.\n" + Usage + "\n");
        }

        try
        {
            var document = DocumentReader.ReadFile(file, limits);
            var plan = PlanParser.Parse(document, new PlanParseOptions { Year = year });
            var stderr = plan.Warnings.Count == 0 ? "" : string.Concat(plan.Notices.Select(w => "Cảnh báo: " + ImportWarningText.Vietnamese(w) + "\n"));
            return new PlanParseOutcome(0, PlanJson.Serialize(plan) + "\n", stderr);
        }
        catch (DocumentReadException ex)
        {
            return new PlanParseOutcome(2, "", $"Không đọc được tệp {Path.GetFileName(file)}: {ex.Message}\n");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new PlanParseOutcome(1, "", $"Lỗi nội bộ khi đọc kế hoạch: {ex.GetType().Name}: {ex.Message}\n");
        }
    }
}
