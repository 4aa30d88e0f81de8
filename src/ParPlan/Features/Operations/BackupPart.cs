namespace ParPlan.Features.Operations;

/// <summary>One file inside a backup: its path in the archive (forward slashes, relative to the data folder), its size
/// in bytes and its SHA-256 in lowercase hex.</summary>
public sealed record BackupPart(string Path, long Size, string Sha256);
