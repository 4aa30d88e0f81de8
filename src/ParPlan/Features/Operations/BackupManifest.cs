using System.Text.Json;
using System.Text.Json.Serialization;
using ParPlan.Data;

namespace ParPlan.Features.Operations;

/// <summary>The <c>manifest.json</c> of a backup: what the archive holds and how to check it.</summary>
public sealed record BackupManifest(
    int FormatVersion,
    string AppVersion,
    DateTimeOffset CreatedAt,
    string Provider,
    string DatabasePart,
    IReadOnlyList<string> Migrations,
    IReadOnlyDictionary<string, long> Tables,
    IReadOnlyList<BackupPart> Parts)
{
    public const string EntryName = "manifest.json";

    /// <summary>The archive format this build writes and reads.</summary>
    public const int CurrentFormat = 1;

    public const string EvidenceFolder = "evidence";

    public const string KeysFolder = "keys";

    public const string SqlitePart = "database/" + DatabaseOptions.SqliteFileName;

    public const string PostgresPart = "database/parplan.dump";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public int EvidenceFiles => Parts.Count(p => p.Path.StartsWith(EvidenceFolder + "/", StringComparison.Ordinal));

    public int KeyFiles => Parts.Count(p => p.Path.StartsWith(KeysFolder + "/", StringComparison.Ordinal));

    public BackupPart? Database => Parts.FirstOrDefault(p => p.Path == DatabasePart);

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>The manifest, or null when the text is not one (missing fields included).</summary>
    public static BackupManifest? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(json, Json);
            return manifest is { AppVersion: not null, Provider: not null, DatabasePart: not null, Migrations: not null, Tables: not null, Parts: not null }
                && manifest.Parts.All(p => p is { Path: not null, Sha256: not null })
                ? manifest
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The version of this build, as written into new backups.</summary>
    public static string CurrentAppVersion =>
        typeof(BackupManifest).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
        ?? typeof(BackupManifest).Assembly.GetName().Version?.ToString() ?? "?";
}
