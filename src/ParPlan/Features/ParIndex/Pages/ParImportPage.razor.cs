using Microsoft.AspNetCore.Components;
using ParPlan.Components.Flash;
using ParPlan.Core.ParIndex;

namespace ParPlan.Features.ParIndex.Pages;

public sealed partial class ParImportPage
{
    private CriteriaSet? preview;
    private IReadOnlyList<string> problems = [];
    private string? error;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private ParSetCommands Sets { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private FlashMessages Flash { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "preview-file")] private UploadForm? Upload { get; set; }

    [SupplyParameterFromForm(FormName = "edit")] private EditModel? Edit { get; set; }

    protected override void OnInitialized()
    {
        Upload ??= new();
        Edit ??= new();
    }

    private async Task PreviewFileAsync()
    {
        var file = HttpContext.Request.HasFormContentType ? HttpContext.Request.Form.Files["file"] : null;
        if (file is not { Length: > 0 })
        {
            error = "Chọn tệp bộ tiêu chí (.json hoặc .xlsx).";
            return;
        }

        if (file.Length > ParSetImport.MaxBytes)
        {
            error = $"Tệp bộ tiêu chí không được vượt quá {ParSetImport.MaxBytes / (1024 * 1024)} MB.";
            return;
        }

        await using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var bytes = buffer.ToArray();
        var read = bytes.Length > 1 && bytes[0] == 'P' && bytes[1] == 'K'
            ? CriteriaXlsx.Read(bytes, Upload!.Block)
            : CriteriaJson.Read(System.Text.Encoding.UTF8.GetString(bytes));
        Show(read);
        Edit = new EditModel { Json = read.Set is { } set ? CriteriaJson.Write(set) : System.Text.Encoding.UTF8.GetString(bytes) };
    }

    private async Task SubmitAsync()
    {
        var read = CriteriaJson.Read(Edit!.Json ?? "");
        Show(read);
        if (Edit.Action != "import" || !read.IsValid) return;
        var imported = await Sets.ImportAsync(HttpContext.User, read.Set!, HttpContext.RequestAborted);
        if (imported.IsSuccess)
        {
            Flash.Redirect(HttpContext, Nav, "/chi-so-cchc", $"Đã nhập bộ tiêu chí \"{read.Set!.Name}\".");
            return;
        }

        error = imported.Error!.Message;
    }

    private void Show(CriteriaReadResult read)
    {
        problems = read.Problems;
        preview = read.Set;
    }

    public sealed class UploadForm
    {
        public string? Marker { get; set; }

        public string? Block { get; set; }
    }

    public sealed class EditModel
    {
        public string? Json { get; set; }

        public string? Action { get; set; }
    }
}
