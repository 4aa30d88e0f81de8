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
