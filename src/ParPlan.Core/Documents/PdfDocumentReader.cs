using ParPlan.Core.Files;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace ParPlan.Core.Documents;

/// <summary>
/// Reads a PDF through PdfPig: words with positions are grouped into lines; where the page draws table rulings,
/// rows and cells are recovered from them (x-coordinates of vertical rules give the columns, horizontal rules the rows).
/// Pages without rulings come out as plain lines, which the plan parser reads like a text extraction.
/// </summary>
public static class PdfDocumentReader
{
    /// <summary>Reads the text after <see cref="PdfGuard"/> measured the compressed streams against <paramref name="limits"/>
    /// (<see cref="PdfLimits.Defaults"/> when null); more pages than allowed are refused before any page is read.</summary>
    public static SourceDocument Read(byte[] bytes, PdfLimits? limits = null)
    {
        limits ??= PdfLimits.Defaults;
        try
        {
            PdfGuard.Check(bytes, limits);
        }
        catch (UnsafeFileException ex)
        {
            throw DocumentReadException.Unsafe(ex);
        }

        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException(UnreadableReason.Encrypted, DocumentReadException.Encrypted().Message, ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            if (ex.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
            {
                throw new DocumentReadException(UnreadableReason.Encrypted, DocumentReadException.Encrypted().Message, ex);
            }

            throw DocumentReadException.CorruptPdf(ex);
        }

        using (pdf)
        {
            try
            {
                if (pdf.IsEncrypted)
                {
                    // PdfPig opens owner-password-only files; that is fine as long as the text is there.
                }

                if (pdf.NumberOfPages > limits.MaxPages)
                {
                    throw new DocumentReadException(UnreadableReason.TooLarge,
                        $"Tệp PDF có {pdf.NumberOfPages} trang, vượt giới hạn {limits.MaxPages} trang của tệp kế hoạch.");
                }

                var blocks = new List<SourceBlock>();
                var letters = 0;
                var images = 0;
                var tableIndex = 0;
                for (var i = 1; i <= pdf.NumberOfPages; i++)
                {
                    var page = pdf.GetPage(i);
                    letters += page.Letters.Count;
                    images += page.GetImages().Count();
                    var pageBlocks = PdfPageLayout.ReadPage(page, i, ref tableIndex).ToList();
                    blocks.AddRange(i == 1 ? PdfWords.OpeningColumns(pageBlocks) : pageBlocks);
                }

                if (letters == 0)
                {
                    throw images > 0 || pdf.NumberOfPages > 0 ? DocumentReadException.ImageOnly() : DocumentReadException.Empty();
                }

                return new SourceDocument(SourceFormat.Pdf, blocks);
            }
            catch (DocumentReadException)
            {
                throw;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw DocumentReadException.CorruptPdf(ex);
            }
        }
    }
}
