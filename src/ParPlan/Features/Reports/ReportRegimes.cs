using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports;

/// <summary>The reporting regimes a government's reports follow. Every part of the reports feature asks this service,
/// never <see cref="DefaultRegimes"/> directly, so the standing agency's edited copies take the defaults' place in one
/// spot.</summary>
public sealed class ReportRegimes
{
    /// <summary>The regimes in force for <paramref name="governmentId"/>: today the two shipped defaults.</summary>
    public Task<IReadOnlyList<ReportingRegime>> ForGovernmentAsync(Guid governmentId, CancellationToken ct = default) =>
        Task.FromResult(DefaultRegimes.All);

    /// <summary>The regime <paramref name="code"/> in force for <paramref name="governmentId"/>, or null.</summary>
    public async Task<ReportingRegime?> FindAsync(Guid governmentId, string code, CancellationToken ct = default) =>
        (await ForGovernmentAsync(governmentId, ct)).FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal));
}
