namespace ParPlan.Infrastructure;

/// <summary>Thrown when the configuration cannot run ParPlan; <see cref="Exception.Message"/> is meant for the operator.</summary>
public sealed class StartupConfigurationException(IReadOnlyList<string> problems)
    : Exception("Cấu hình không hợp lệ:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
