using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParPlan.Core.Plans;
using ParPlan.Core.Text;
using ParPlan.Features.Organisation;
using ParPlan.Features.Plans;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.Audit;

/// <summary>Turns one recorded value into words: dates dd/MM/yyyy, instants in Vietnam time, ids as the names of what
/// they point to, enums and status codes through their labels, yes/no, numbers in vi-VN, and no raw JSON.</summary>
public static partial class AuditValueText
{
    public const string Empty = "(trống)";
    public const string Hidden = "(đã ẩn)";
    public const string Structured = "(nội dung chi tiết)";
    public const string Removed = "(bản ghi không còn)";
    public const string Internal = "(giá trị nội bộ)";

    /// <summary>Keys, fingerprints and storage paths the software keeps for itself: the log says they changed, not what
    /// they hold.</summary>
    private static readonly HashSet<string> InternalProperties = new(StringComparer.Ordinal)
    {
        "DedupKey", "MatchKey", "FileHash", "SourceFileHash", "StoredPath", "StagedPath", "NormalizedName", "NormalizedUserName",
        "NormalizedEmail", "ConcurrencyStamp", "SecurityStamp", "Folded", "FoldedText",
    };

    /// <param name="value">The JSON value the interceptor wrote.</param>
    /// <param name="clrType">The property's type in the model (null when the model no longer has it).</param>
    /// <param name="property">The property name (…Json properties are structured content, AreaCode an area).</param>
    /// <param name="names">Names of the records ids point to.</param>
    public static string Of(JsonElement value, Type? clrType, string property, IReadOnlyDictionary<string, string> names)
    {
        var type = clrType is null ? null : Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (property.EndsWith("Json", StringComparison.Ordinal) || InternalProperties.Contains(property))
        {
            return value.ValueKind == JsonValueKind.Null ? Empty : property.EndsWith("Json", StringComparison.Ordinal) ? Structured : Internal;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return Empty;
            case JsonValueKind.True:
                return "Có";
            case JsonValueKind.False:
                return "Không";
            case JsonValueKind.Number when type is { IsEnum: true } && value.TryGetInt32(out var n):
                return EnumText(Enum.ToObject(type, n));
            case JsonValueKind.Number:
                return value.TryGetDecimal(out var d) ? NumberText.Decimal(d) : value.GetRawText();
            case JsonValueKind.String:
                return StringText(value.GetString() ?? "", type, property, names);
            default:
                return Structured;
        }
    }

    private static string StringText(string text, Type? type, string property, IReadOnlyDictionary<string, string> names)
    {
        if (text == AuditInterceptor.Hidden)
        {
            return Hidden;
        }

        if (type is { IsEnum: true } && Enum.TryParse(type, text, out var member))
        {
            return EnumText(member!);
        }

        if (property == "AreaCode" || property == "Area")
        {
            return AreaNames.Of(text);
        }

        if (Guid.TryParse(text, out var whole))
        {
            return names.GetValueOrDefault(whole.ToString(), Removed);
        }

        if (type == typeof(DateOnly) && DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var day))
        {
            return DateText.Format(day);
        }

        if ((type == typeof(DateTimeOffset) || type == typeof(DateTime) || IsoInstant().IsMatch(text))
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return DateText.Minute(at);
        }

        if (IsoDay().IsMatch(text) && DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var isoDay))
        {
            return DateText.Format(isoDay);
        }

        // A link inside ParPlan reads as what it opens ("Nhiệm vụ 3.1: …"), not as an address.
        if (property == "Link" && text.StartsWith('/'))
        {
            var targets = AnyGuid().Matches(text).Select(m => Guid.TryParse(m.Value, out var id) ? names.GetValueOrDefault(id.ToString()) : null)
                .OfType<string>().ToList();
            return targets.Count > 0 ? string.Join(" · ", targets) : "(một trang trong ParPlan)";
        }

        // Ids inside a text become the name of what they point to.
        return AnyGuid().Replace(text, m => Guid.TryParse(m.Value, out var id) ? names.GetValueOrDefault(id.ToString(), "…") : "…");
    }

    /// <summary>The Vietnamese label of an enum value of the model, through the vocabulary's home where one exists.</summary>
    public static string EnumText(object value) => value switch
    {
        UnitKind kind => kind.DisplayName(),
        UnitLevel level => level.DisplayName(),
        PlanTaskStatus status => StatusText.Label(status),
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Issued => "Đã ban hành",
        PlanStatus.Revised => "Đã điều chỉnh",
        PlanStatus.Closed => "Đã kết thúc",
        AssignmentRole.Lead => "Chủ trì",
        AssignmentRole.Support => "Phối hợp",
        GroupRule.Open => "Nhóm mở",
        GroupRule.Explicit => "Liệt kê thành viên",
        GroupRule.KindsUnderGovernment => "Các đơn vị theo loại thuộc UBND",
        UnitEventKind e => UnitEventText(e),
        _ => "(giá trị khác)",
    };

    private static string UnitEventText(UnitEventKind kind) => kind switch
    {
        UnitEventKind.Established => "Thành lập",
        UnitEventKind.Renamed => "Đổi tên",
        UnitEventKind.Reparented => "Chuyển trực thuộc",
        UnitEventKind.MergedFrom => "Tiếp nhận sáp nhập",
        UnitEventKind.MergedInto => "Sáp nhập vào đơn vị khác",
        UnitEventKind.Abolished => "Giải thể",
        UnitEventKind.TakenOverBy => "Chuyển giao nhiệm vụ",
        _ => "Sự kiện khác",
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T")]
    private static partial Regex IsoInstant();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<![0-9a-zA-Z])[0-9a-f]{32}(?![0-9a-zA-Z])")]
    public static partial Regex AnyGuid();
}
