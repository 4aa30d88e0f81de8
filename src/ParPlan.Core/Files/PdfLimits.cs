namespace ParPlan.Core.Files;

/// <summary>
/// What a PDF may cost before PdfPig reads its pages: the page count, and the inflated size of its compressed streams
/// other than images (page contents, object streams, fonts), which PdfPig decodes while reading text.
/// </summary>
public sealed record PdfLimits(int MaxPages, long MaxUncompressedBytes, int MaxCompressionRatio)
{
    public static PdfLimits Defaults { get; } = new(500, 128L * 1024 * 1024, 100);
}
