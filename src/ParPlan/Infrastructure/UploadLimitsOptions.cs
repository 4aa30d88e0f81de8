using ParPlan.Core.Documents;
using ParPlan.Core.Files;

namespace ParPlan.Infrastructure;

/// <summary>
/// What an uploaded DOCX, XLSX or PDF may expand to before it is parsed (section <c>Uploads</c>): <c>Uploads:Word</c>
/// for plans in Word, <c>Uploads:Excel</c> for dossier workbooks, <c>Uploads:Pdf</c> for plans in PDF. The size of the
/// upload itself stays with each feature (<c>Plans:Import:MaxBytes</c>, <c>Dossiers:MaxUploadBytes</c>, <c>Evidence:MaxBytes</c>).
/// </summary>
public sealed class UploadLimitsOptions
{
    public const string Section = "Uploads";

    public PackageLimits Word { get; set; } = PackageLimits.From(ZipLimits.WordDefaults);

    public PackageLimits Excel { get; set; } = PackageLimits.From(ZipLimits.ExcelDefaults);

    public PdfPageLimits Pdf { get; set; } = new();

    /// <summary>The limits of a plan file whose upload may be <paramref name="maxFileBytes"/> long.</summary>
    public DocumentLimits ForPlans(long maxFileBytes) => new(maxFileBytes, Word.ToLimits(), Pdf.ToLimits());

    /// <summary>One kind of Office package.</summary>
    public sealed class PackageLimits
    {
        public int MaxEntries { get; set; }

        public long MaxUncompressedBytes { get; set; }

        public int MaxCompressionRatio { get; set; }

        public static PackageLimits From(ZipLimits limits) => new()
        {
            MaxEntries = limits.MaxEntries, MaxUncompressedBytes = limits.MaxUncompressedBytes, MaxCompressionRatio = limits.MaxCompressionRatio,
        };

        public ZipLimits ToLimits() => new(MaxEntries, MaxUncompressedBytes, MaxCompressionRatio);
    }

    /// <summary>PDF plans.</summary>
    public sealed class PdfPageLimits
    {
        public int MaxPages { get; set; } = PdfLimits.Defaults.MaxPages;

        public long MaxUncompressedBytes { get; set; } = PdfLimits.Defaults.MaxUncompressedBytes;

        public int MaxCompressionRatio { get; set; } = PdfLimits.Defaults.MaxCompressionRatio;

        public PdfLimits ToLimits() => new(MaxPages, MaxUncompressedBytes, MaxCompressionRatio);
    }
}
