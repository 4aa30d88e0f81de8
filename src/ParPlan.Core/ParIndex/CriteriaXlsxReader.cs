using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ParPlan.Core.ParIndex;

/// <summary>Builds a set from the rows of the two sheets of <see cref="CriteriaXlsx"/> (see there for the layout rules).</summary>
internal static partial class CriteriaXlsxReader
{
    [GeneratedRegex("^[IVXLC]+$")]
    private static partial Regex Roman();

    private sealed class Draft(string code, string title, decimal max, string? evidence, ScoringRule? rule, string? area)
    {
        public string Code { get; } = code;
        public List<Draft> Children { get; } = [];

        public CriterionNode Build() => new()
        {
            Code = Code, Title = title, MaxPoints = max, Evidence = evidence, OwnerArea = area,
            Rule = Children.Count == 0 ? rule ?? new ScoringRule { Kind = RuleKinds.Manual } : null,
            Criteria = Children.Count == 0 ? null : [.. Children.Select(c => c.Build())],
        };
    }

    public static CriteriaReadResult Build(List<IDictionary<string, object?>> criteria, List<IDictionary<string, object?>> info, string? block, int? year)
    {
        var problems = new List<string>();
        var header = criteria.FindIndex(r => CriteriaXlsx.Text(r.Values.FirstOrDefault()).Equals("STT", StringComparison.OrdinalIgnoreCase));
        if (header < 0) return new CriteriaReadResult(null, ["Tệp XLSX thiếu dòng tiêu đề bảng: STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tối đa | Tài liệu kiểm chứng."]);
        var rows = criteria.Skip(header + 1).Select(r => r.Values.Select(CriteriaXlsx.Text).Concat(Enumerable.Repeat("", 6)).Take(6).ToArray())
            .Where(c => c[1].Length > 0).ToList();
        var anyRoman = rows.Any(c => Roman().IsMatch(c[0]));
        var fields = new List<Draft>();
        var byCode = new Dictionary<string, Draft>(StringComparer.Ordinal);
        decimal survey = 0;
        Draft? field = null;
        var line = header + 1;
        foreach (var c in rows)
        {
            line++;
            if (c[0].Length == 0 && (c[1].Contains("xã hội học", StringComparison.OrdinalIgnoreCase) || c[1].Contains("SIPAS", StringComparison.OrdinalIgnoreCase)))
            {
                survey = Number(c[2], line, problems);
                continue;
            }

            if (c[0].Length == 0) continue; // a total line
            ScoringRule? rule = null;
            if (c[4].Length > 0)
            {
                try
                {
                    rule = JsonSerializer.Deserialize<ScoringRule>(c[4], CriteriaJson.Options);
                }
                catch (JsonException)
                {
                    problems.Add($"{c[0]}: cột \"Cách chấm\" không đọc được.");
                }
            }

            var draft = new Draft(c[0], c[1], Number(c[2], line, problems), c[3].Length > 0 ? c[3] : null, rule, c[5].Length > 0 ? c[5] : null);
            var isField = anyRoman ? Roman().IsMatch(c[0]) : !c[0].Contains('.', StringComparison.Ordinal);
            var dot = c[0].LastIndexOf('.');
            if (isField)
            {
                fields.Add(draft);
                field = draft;
            }
            else if (dot > 0 && byCode.TryGetValue(c[0][..dot], out var parent)) parent.Children.Add(draft);
            else if (field is not null) field.Children.Add(draft);
            else problems.Add($"{c[0]}: không xác định được lĩnh vực chứa tiêu chí này.");
            byCode.TryAdd(c[0], draft);
        }

        var meta = info.Where(r => r.Count >= 3).ToDictionary(r => CriteriaXlsx.Text(r.Values.ElementAt(0)), r => CriteriaXlsx.Text(r.Values.ElementAt(2)), StringComparer.Ordinal);
        var scale = meta.TryGetValue("scale", out var sc) && decimal.TryParse(sc, NumberStyles.Number, CultureInfo.InvariantCulture, out var s) ? s : fields.Sum(f => f.Build().MaxPoints) + survey;
        var set = new CriteriaSet
        {
            Name = meta.GetValueOrDefault("name") ?? "",
            Issuer = meta.GetValueOrDefault("issuer") ?? "",
            Year = year ?? (int.TryParse(meta.GetValueOrDefault("year"), out var y) ? y : 0),
            Block = block is { Length: > 0 } ? block : meta.GetValueOrDefault("block") ?? "",
            EffectiveFrom = Date(meta.GetValueOrDefault("effectiveFrom")),
            SelfAssessmentLockOn = Date(meta.GetValueOrDefault("selfAssessmentLockOn")),
            Scale = scale,
            Example = meta.GetValueOrDefault("example") == "có",
            Fields = [.. fields.Select(f => f.Build())],
            Survey = survey > 0 ? new SurveySpec(survey) : null,
            Adjustments = new AdjustmentSpec(Dec(meta.GetValueOrDefault("bonusMax")), Dec(meta.GetValueOrDefault("penaltyMax"))),
            NotApplicable = meta.GetValueOrDefault("notApplicable") is { Length: > 0 } na ? na : NotApplicableModes.Rescale,
            Bands = meta.GetValueOrDefault("bands") is { Length: > 0 } bands ? JsonSerializer.Deserialize<List<BandRule>>(bands, CriteriaJson.Options) ?? [] : [],
        };
        problems.AddRange(CriteriaValidator.Validate(set));
        return new CriteriaReadResult(set, problems);
    }

    private static decimal Number(string text, int line, List<string> problems)
    {
        if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        problems.Add($"Dòng {line}: điểm tối đa \"{text}\" không phải là số.");
        return 0;
    }

    private static decimal Dec(string? text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static DateOnly Date(string? text) =>
        DateOnly.TryParseExact(text?.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : default;
}
