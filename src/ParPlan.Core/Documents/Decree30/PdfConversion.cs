namespace ParPlan.Core.Documents.Decree30;

/// <summary>The outcome of a PDF conversion: the PDF bytes, or a Vietnamese sentence saying why there is none and what
/// to do instead.</summary>
public sealed record PdfConversion(byte[]? Pdf, string? Problem)
{
    public bool Succeeded => Pdf is not null;

    public static PdfConversion Ok(byte[] pdf) => new(pdf, null);

    public static PdfConversion Failed(string problem) => new(null, problem);
}
