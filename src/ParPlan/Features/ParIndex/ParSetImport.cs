using System.Security.Claims;
using System.Text;
using ParPlan.Core.ParIndex;

namespace ParPlan.Features.ParIndex;

/// <summary><c>POST /api/par/criteria-sets</c>: the contract's JSON as the body, or a multipart <c>file</c> (JSON or XLSX in
/// the published layout). The size is checked before anything is parsed.</summary>
public sealed class ParSetImport(ParSetCommands sets)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public async Task<Result<Guid>> ImportAsync(ClaimsPrincipal user, HttpRequest http, CancellationToken ct = default)
    {
        if (http.ContentLength > MaxBytes) return TooLarge();
        if (http.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await http.ReadFormAsync(ct);
            }
            catch (Exception ex) when (ex is BadHttpRequestException or InvalidDataException)
            {
                return TooLarge();
            }

            if (form.Files["file"] is not { Length: > 0 } file) return Error.Invalid("Chọn tệp bộ tiêu chí (JSON hoặc XLSX) ở trường \"file\".");
            if (file.Length > MaxBytes) return TooLarge();
            await using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var bytes = buffer.ToArray();
            if (bytes.Length > 1 && bytes[0] == 'P' && bytes[1] == 'K')
            {
                var read = CriteriaXlsx.Read(bytes, form["block"], ParseYear(form["year"]));
                return read.IsValid ? await sets.ImportAsync(user, read.Set!, ct) : Error.Invalid("Bộ tiêu chí chưa nhập được: " + string.Join(" ", read.Problems));
            }

            return await sets.ImportJsonAsync(user, Encoding.UTF8.GetString(bytes), ct);
        }

        using var reader = new StreamReader(http.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(ct);
        return json.Length > MaxBytes ? TooLarge() : await sets.ImportJsonAsync(user, json, ct);
    }

    private static int? ParseYear(string? text) => int.TryParse(text, out var y) ? y : null;

    private static Error TooLarge() => Error.TooLarge($"Tệp bộ tiêu chí không được vượt quá {MaxBytes / (1024 * 1024)} MB.");
}
