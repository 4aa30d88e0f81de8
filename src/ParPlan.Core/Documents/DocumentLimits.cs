using ParPlan.Core.Files;

namespace ParPlan.Core.Documents;

/// <summary>What a plan file may cost to read: its size on disk, the DOCX package and the PDF.</summary>
public sealed record DocumentLimits(long MaxFileBytes, ZipLimits Docx, PdfLimits Pdf)
{
    public static DocumentLimits Defaults { get; } = new(64L * 1024 * 1024, ZipLimits.WordDefaults, PdfLimits.Defaults);
}
