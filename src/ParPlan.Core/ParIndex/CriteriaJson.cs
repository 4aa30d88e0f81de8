using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParPlan.Core.ParIndex;

/// <summary>Reads and writes a criteria set as the contract's JSON (comments and trailing commas allowed), and validates it.</summary>
public static class CriteriaJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads <paramref name="json"/> and validates it; a set that breaks a rule comes back with its problems.</summary>
    public static CriteriaReadResult Read(string json)
    {
        CriteriaSet? set;
        try
        {
            set = JsonSerializer.Deserialize<CriteriaSet>(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" ở dòng {line + 1}" : "";
            return new CriteriaReadResult(null, [$"Tệp JSON của bộ tiêu chí không đọc được{where}: kiểm tra dấu ngoặc, dấu phẩy và kiểu của các giá trị (số, ngày dạng yyyy-MM-dd)."]);
        }

        if (set is null)
        {
            return new CriteriaReadResult(null, ["Tệp JSON của bộ tiêu chí trống."]);
        }

        return new CriteriaReadResult(set, CriteriaValidator.Validate(set));
    }

    public static string Write(CriteriaSet set) => JsonSerializer.Serialize(set, Options);
}
