using System.IO.Hashing;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>How the dossier importer reads the officer's file: opened for reading (a file that cannot be opened is a
/// <see cref="DossierFileException"/> with a Vietnamese message, not a crash), and its identity for continuing an
/// interrupted import.</summary>
internal static class DossierFileAccess
{
    public static Stream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DossierFileException(ImportFailure.Describe(ex), ex);
        }
    }

    /// <summary>The file's identity for continuing an interrupted import: XXH128, which reads a province-year file in a
    /// few hundredths of a second where SHA-256 took a fifth of one. It only has to tell an officer's files apart, not
    /// resist forgery: whoever can import a file can import any content directly.</summary>
    public static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = OpenRead(path);
        var hash = new XxHash128();
        await hash.AppendAsync(stream, ct);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
