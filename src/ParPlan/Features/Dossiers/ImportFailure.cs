using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>The Vietnamese sentence an import job keeps as its error: a file error says what is wrong with the file;
/// anything else says what happened without the framework's English text (that goes to the log).</summary>
public static class ImportFailure
{
    public static string Describe(Exception ex) => ex switch
    {
        DossierFileException file => file.Message,
        PostgresFirstLoadException firstLoad => firstLoad.Message,
        OperationCanceledException => "Lần nhập bị dừng giữa chừng (máy chủ tắt hoặc yêu cầu bị huỷ); tải tệp lên lại để nhập tiếp từ dòng đã lưu.",
        FileNotFoundException or DirectoryNotFoundException => "Không tìm thấy tệp đã tải lên trên máy chủ; hãy tải tệp lên lại.",
        UnauthorizedAccessException => "Máy chủ không có quyền đọc tệp đã tải lên; hãy báo quản trị hệ thống.",
        IOException => "Không đọc được tệp đã tải lên (lỗi đọc đĩa hoặc tệp đang bị khoá); hãy thử lại sau.",
        _ => "Lỗi hệ thống khi nhập tệp; dữ liệu đã lưu đến dòng cuối cùng được ghi nhận. Hãy thử lại hoặc báo quản trị hệ thống (chi tiết trong nhật ký máy chủ).",
    };
}
