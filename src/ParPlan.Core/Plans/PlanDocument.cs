using System.Text.Json.Serialization;
using ParPlan.Core.Schedules;

namespace ParPlan.Core.Plans;

/// <summary>A parsed plan document, shaped exactly as the <c>parplan.plan-document/1</c> contract.</summary>
public sealed record PlanDocument
{
    public const string SchemaName = "parplan.plan-document/1";

    public string Schema { get; init; } = SchemaName;
    public required PlanHeader Header { get; init; }
    public int? StatedTaskTotal { get; init; }
    public IReadOnlyList<PlanArea> Areas { get; init; } = [];
    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];
    public IReadOnlyList<PlanTarget> Targets { get; init; } = [];

    /// <summary>The contract's warning strings (machine form of <see cref="Notices"/>).</summary>
    public IReadOnlyList<string> Warnings => Notices.Select(n => n.Machine).ToList();

    /// <summary>The warnings as codes plus arguments (added beside the contract's <c>warnings</c>); shown through <see cref="ImportWarningText"/>.</summary>
    public IReadOnlyList<ImportWarning> Notices { get; init; } = [];
}

public enum DocumentKind { Plan, DecisionWithPlan, Report, Criteria, Other }

public enum GovernmentLevel { Province, District, Commune, Agency, National, Unknown }

public sealed record PlanHeader
{
    public DocumentKind Kind { get; init; } = DocumentKind.Plan;
    public string? Title { get; init; }
    public string? Issuer { get; init; }
    public GovernmentLevel Level { get; init; } = GovernmentLevel.Unknown;
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DatePeriod? Period { get; init; }
    public string? StandingAgency { get; init; }
}

/// <summary>An inclusive date range.</summary>
public sealed record DatePeriod(DateOnly From, DateOnly To);

public enum AreaCode
{
    Direction,
    Institutions,
    Procedures,
    Apparatus,
    CivilService,
    PublicFinance,
    DigitalGovernment,
    Indices,
}

public sealed record PlanArea(AreaCode Code, string Heading, int? StatedTaskCount);

public sealed record PlanTask
{
    public required string Ref { get; init; }
    public AreaCode? Area { get; init; }
    public required string Title { get; init; }
    public string? Objective { get; init; }
    public IReadOnlyList<string> Activities { get; init; } = [];
    public IReadOnlyList<string> Outputs { get; init; } = [];
    public IReadOnlyList<string> Lead { get; init; } = [];
    public IReadOnlyList<string> Support { get; init; } = [];
    public required Schedule Schedule { get; init; }
    public string? Funding { get; init; }

    /// <summary>Extra field: the cells of each sub-row, for tasks whose table rows carry their own cells.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ActivityDetail>? ActivityDetails { get; init; }
}

public sealed record ActivityDetail
{
    public required string Text { get; init; }
    public IReadOnlyList<string> Outputs { get; init; } = [];
    public IReadOnlyList<string> Lead { get; init; } = [];
    public IReadOnlyList<string> Support { get; init; } = [];
    public required Schedule Schedule { get; init; }
}

/// <summary>Comparator strings of the contract.</summary>
public static class Comparators
{
    public const string AtLeast = ">=";
    public const string MoreThan = ">";
    public const string Equal = "=";
    public const string AtMost = "<=";
    public const string LessThan = "<";
    public const string ReduceBy = "reduce-by";

    public static readonly IReadOnlyList<string> All = [AtLeast, MoreThan, Equal, AtMost, LessThan, ReduceBy];
}

public sealed record PlanTarget
{
    public AreaCode? Area { get; init; }
    public required string Text { get; init; }
    public required string Comparator { get; init; }
    public required decimal Value { get; init; }
    /// <summary>"%", "count", "VND" or a noun as written ("biên chế", "doanh nghiệp").</summary>
    public required string Unit { get; init; }
    public GovernmentLevel? Level { get; init; }
    public bool Stretch { get; init; }

    /// <summary>Extra field: where in the document the target was read ("body II.3", "task 3.4").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>Extra field: the baseline year of a <c>reduce-by</c> target ("giảm 10% so với năm 2021").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? BaselineYear { get; init; }
}
