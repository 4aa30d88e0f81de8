namespace ParPlan.Core.Documents;

/// <summary>
/// The input cannot be read as a document. <see cref="Exception.Message"/> is a clear Vietnamese sentence for the user;
/// the command line maps this exception to exit code 2.
/// </summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(UnreadableReason reason, string message, Exception? inner = null)
        : base(message, inner)
    {
        Reason = reason;
    }

    public UnreadableReason Reason { get; }

    internal static DocumentReadException Empty() =>
        new(UnreadableReason.Empty, "Tệp rỗng: không có nội dung để đọc.");

    internal static DocumentReadException Binary() =>
        new(UnreadableReason.Binary, "Tệp không phải văn bản, DOCX hay PDF đọc được (dữ liệu nhị phân không nhận dạng được).");

    internal static DocumentReadException CorruptDocx(Exception? inner = null) =>
        new(UnreadableReason.Corrupt, "Tệp DOCX bị hỏng hoặc không đầy đủ (không mở được gói nén), không đọc được.", inner);

    internal static DocumentReadException CorruptPdf(Exception? inner = null) =>
        new(UnreadableReason.Corrupt, "Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được.", inner);

    internal static DocumentReadException Encrypted() =>
        new(UnreadableReason.Encrypted, "Tệp PDF được mã hoá (có mật khẩu), không đọc được. Hãy gỡ mật khẩu rồi thử lại.");

    internal static DocumentReadException ImageOnly() =>
        new(UnreadableReason.ImageOnly, "Tệp PDF chỉ chứa hình ảnh (bản quét), không có lớp chữ: cần OCR trước khi nhập.");

    internal static DocumentReadException Unsupported(string what) =>
        new(UnreadableReason.Unsupported, $"Định dạng tệp không được hỗ trợ ({what}). Hãy dùng tệp .txt, .docx hoặc .pdf.");

    /// <summary>A file refused by the zip or PDF guard: over a limit (<see cref="UnreadableReason.TooLarge"/>) or damaged.</summary>
    internal static DocumentReadException Unsafe(Files.UnsafeFileException ex) =>
        new(ex.IsTooLarge ? UnreadableReason.TooLarge : UnreadableReason.Corrupt, ex.Message, ex);

    internal static DocumentReadException TooLarge(long bytes, long max) =>
        new(UnreadableReason.TooLarge, $"Tệp lớn {Files.ZipGuard.Megabytes(bytes)} MB, vượt giới hạn {Files.ZipGuard.Megabytes(max)} MB của tệp kế hoạch.");

    internal static DocumentReadException NotFound(string path) =>
        new(UnreadableReason.NotFound, $"Không tìm thấy tệp: {path}");
}
