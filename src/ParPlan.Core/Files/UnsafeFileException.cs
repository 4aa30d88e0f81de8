namespace ParPlan.Core.Files;

/// <summary>
/// A file refused by <see cref="ZipGuard"/> or <see cref="PdfGuard"/>. <see cref="Exception.Message"/> is a Vietnamese
/// sentence for the user; <see cref="IsTooLarge"/> tells a limit (HTTP 413) from a damaged file (HTTP 400).
/// </summary>
public sealed class UnsafeFileException(UnsafeFileReason reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public UnsafeFileReason Reason { get; } = reason;

    public bool IsTooLarge => Reason is not UnsafeFileReason.Corrupt;
}
