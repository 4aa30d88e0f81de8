using System.Text.Json.Serialization;

namespace ParPlan.Core.Plans;

/// <summary>
/// One thing the plan importer noticed, as a code plus its arguments (dates as ISO <c>yyyy-MM-dd</c>), optionally about
/// one task. <see cref="ImportWarningText.Vietnamese"/> renders it for people; <see cref="Machine"/> is the contract's
/// plain string (<c>warnings</c> of <c>parplan.plan-document/1</c>), kept as it always was.
/// </summary>
public sealed record ImportWarning(string Code, IReadOnlyList<string> Args, string? Task = null)
{
    /// <summary>The contract's string form ("task 2.3: numbering gap (1, 3)").</summary>
    [JsonIgnore]
    public string Machine => ImportWarningCodes.Machine(this);

    /// <summary>The same warning about a task (the task reference becomes its subject).</summary>
    public ImportWarning About(string taskRef) => this with { Task = taskRef };

    public static ImportWarning Of(string code, params string[] args) => new(code, args);

    public bool Equals(ImportWarning? other) => other is not null && Machine == other.Machine;

    public override int GetHashCode() => Machine.GetHashCode(StringComparison.Ordinal);
}
