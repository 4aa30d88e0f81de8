namespace ParPlan.Core.Plans;

/// <summary>The outcome of <c>parplan plan parse</c>: exit code, the stdout text (one JSON document) and the stderr text.</summary>
public sealed record PlanParseOutcome(int ExitCode, string Stdout, string Stderr);
