namespace ParPlan.Features.Operations;

/// <summary>What a store holds, as a backup records and a restore checks it: its applied migrations and the rows of each
/// table; <see cref="EvidenceFiles"/> lists the files its evidence rows point to (relative to <c>evidence/</c>).</summary>
public sealed record StoreFacts(IReadOnlyList<string> Migrations, IReadOnlyDictionary<string, long> Tables)
{
    public const string EvidenceFilesSql = "SELECT \"StoredPath\" FROM \"Evidence\" WHERE \"StoredPath\" IS NOT NULL";

    public IReadOnlyList<string> EvidenceFiles { get; init; } = [];

    /// <summary>The evidence files the rows point to that are not among <paramref name="parts"/>.</summary>
    public IReadOnlyList<string> MissingEvidence(IEnumerable<BackupPart> parts)
    {
        var archived = parts.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        return EvidenceFiles.Select(f => BackupManifest.EvidenceFolder + "/" + f.Replace('\\', '/'))
            .Where(f => !archived.Contains(f)).ToList();
    }
}
