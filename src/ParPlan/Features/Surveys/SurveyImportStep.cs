using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Core.Surveys;
using ParPlan.Core.Text;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Surveys;

/// <summary>The file import of responses, in two steps like the dossier import: the upload is kept (size checked before
/// it is read), then the officer maps the file's columns (sector, unit, one column per question; suggested by header)
/// and the whole file is read under that mapping. Every bad row is reported by its line with a Vietnamese reason and then
/// nothing is imported; a file without a bad row is stored in one save. Only those who may change the campaign.</summary>
public sealed class SurveyImportStep(AppDbContext db, SurveyQueries queries, SurveyCommands commands, IOrgTree tree, IUnitScope scope,
    IOptions<SurveyOptions> options, TimeProvider time)
{
    /// <summary>Bad rows kept for the report (all are counted).</summary>
    public const int MaxReported = 500;

    public const string UploadNotFound = "Không tìm thấy tệp đã tải lên của đợt khảo sát này; tải tệp lên lại.";

    public async Task<Result<Guid>> UploadAsync(ClaimsPrincipal user, Guid id, string fileName, byte[] content, CancellationToken ct = default)
    {
        if (await queries.WritableAsync(user, id, ct) is null) return Error.NotFound(SurveyQueries.NotFound);
        if (content.LongLength > options.Value.MaxUploadBytes) return TooLarge();
        if (!SurveyFileTable.IsSupported(fileName)) return Error.Invalid("Chỉ nhận tệp CSV (UTF-8) hoặc XLSX; lưu tệp khảo sát theo một trong hai định dạng rồi tải lên lại.");
        var table = SurveyFileTable.Read(content, fileName, SurveyCommands.MaxResponses);
        if (table is null) return Error.Invalid("Không đọc được tệp; kiểm tra tệp là CSV (UTF-8) hoặc XLSX hợp lệ rồi tải lên lại.");
        if (table.Headers.All(string.IsNullOrWhiteSpace)) return Error.Invalid("Tệp không có dòng tiêu đề; dòng đầu tiên phải là tên các cột.");
        if (table.Rows.Count == 0) return Error.Invalid("Tệp không có phiếu nào dưới dòng tiêu đề.");
        if (table.Rows.Count > SurveyCommands.MaxResponses)
        {
            return Error.TooLarge($"Mỗi tệp tối đa {NumberText.Count(SurveyCommands.MaxResponses)} phiếu; chia tệp thành nhiều phần.");
        }

        var upload = new SurveyUpload
        {
            CampaignId = id, FileName = Path.GetFileName(fileName), Content = content, Rows = table.Rows.Count, UploadedAt = time.GetUtcNow(),
            UploadedBy = CurrentUser.From(user)?.UserName ?? "",
        };
        db.Add(upload);
        await db.SaveChangesAsync(ct);
        return upload.Id;
    }

    public Error TooLarge() => Error.TooLarge($"Tệp vượt quá giới hạn {options.Value.MaxUploadBytes / (1024 * 1024)} MB; chia tệp thành nhiều phần.");

    public async Task<IReadOnlyList<SurveyUpload>> UploadsAsync(Guid id, CancellationToken ct = default) =>
        await db.Set<SurveyUpload>().AsNoTracking().Where(u => u.CampaignId == id)
            .Select(u => new SurveyUpload
            {
                Id = u.Id, CampaignId = u.CampaignId, FileName = u.FileName, UploadedBy = u.UploadedBy, UploadedAt = u.UploadedAt, Rows = u.Rows,
                Imported = u.Imported, ImportedAt = u.ImportedAt, ProblemCount = u.ProblemCount,
            })
            .OrderByDescending(u => u.UploadedAt).Take(50).ToListAsync(ct);

    public async Task<Result<SurveyMappingView>> ViewAsync(ClaimsPrincipal user, Guid id, Guid uploadId, CancellationToken ct = default)
    {
        if (await queries.WritableAsync(user, id, ct) is not { } campaign) return Error.NotFound(SurveyQueries.NotFound);
        var upload = await db.Set<SurveyUpload>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == uploadId && u.CampaignId == id, ct);
        if (upload is null) return Error.NotFound(UploadNotFound);
        var questions = await queries.QuestionsAsync(id, ct);
        var problems = upload.Problems is { } json ? JsonSerializer.Deserialize<List<SurveyRowProblem>>(json, Json) ?? [] : [];
        if (upload.Content is null || SurveyFileTable.Read(upload.Content, upload.FileName, 3) is not { } table)
        {
            return new SurveyMappingView(campaign, questions, upload, [], [], -1, -1, new Dictionary<string, int>(), problems);
        }

        var folded = table.Headers.Select(h => VietText.Fold(h)).ToList();
        int Find(Func<string, bool> match) => folded.FindIndex(h => match(h));
        var sector = Find(h => h.Contains("linh vuc", StringComparison.Ordinal) || h == "sector");
        var unit = Find(h => h.Contains("don vi", StringComparison.Ordinal) || h.Contains("co quan", StringComparison.Ordinal) || h is "unit" or "unitid");
        var columns = questions.ToDictionary(q => q.Code, q => Find(h => Matches(h, q)));
        return new SurveyMappingView(campaign, questions, upload, table.Headers, table.Rows.Take(3).ToList(), sector, unit, columns, problems);
    }

    /// <summary>Reads the whole file under the posted mapping; imports every response or, with any bad row, none.</summary>
    public async Task<Result<int>> ImportAsync(ClaimsPrincipal user, Guid id, Guid uploadId, SurveyFileMapping? mapping, CancellationToken ct = default)
    {
        if (await queries.WritableAsync(user, id, ct) is not { } campaign) return Error.NotFound(SurveyQueries.NotFound);
        var upload = await db.Set<SurveyUpload>().FirstOrDefaultAsync(u => u.Id == uploadId && u.CampaignId == id, ct);
        if (upload is null) return Error.NotFound(UploadNotFound);
        if (upload.Content is null) return Error.Conflict("Tệp này đã được nhập; tải tệp mới lên nếu có thêm phiếu.");
        if (mapping is null) return Error.Invalid("Chọn cột của tệp cho lĩnh vực (bắt buộc) và cho ít nhất một câu hỏi.");
        var table = SurveyFileTable.Read(upload.Content, upload.FileName, SurveyCommands.MaxResponses);
        if (table is null) return Error.Invalid("Không đọc được tệp; tải tệp lên lại.");
        var columns = new[] { mapping.SectorColumn }.Concat(mapping.UnitColumn is { } u ? [u] : []).Concat(mapping.QuestionColumns.Values).ToList();
        if (columns.Any(c => c < 0 || c >= table.Headers.Count)) return Error.Invalid("Có cột được chọn không có trong tệp; chọn lại.");
        if (columns.Count != columns.Distinct().Count()) return Error.Invalid("Mỗi cột của tệp chỉ được chọn cho một mục; chọn lại các cột bị trùng.");
        if (mapping.QuestionColumns.Count == 0) return Error.Invalid("Chọn cột của tệp cho ít nhất một câu hỏi.");

        var questions = (await queries.QuestionsAsync(id, ct)).Select(q => q.Spec).ToList();
        var units = await UnitLookupAsync(campaign.GovernmentId, user, ct);
        var rows = table.Rows.Select((cells, i) => SurveyRowReader.Read(i + 2, cells, mapping, questions,
            text => units.TryGetValue(text.Trim(), out var byCode) ? byCode : units.TryGetValue(VietText.Fold(text), out var byName) ? byName : null)).ToList();
        var bad = rows.Where(r => r.Response is null).ToList();
        upload.ProblemCount = bad.Count;
        upload.Problems = bad.Count == 0 ? null
            : JsonSerializer.Serialize(bad.Take(MaxReported).Select(r => new SurveyRowProblem(r.Line, string.Join(" ", r.Problems))).ToList(), Json);
        if (bad.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            return Error.Invalid($"{NumberText.Count(bad.Count)} dòng có lỗi nên chưa nhập phiếu nào; sửa các dòng được liệt kê bên dưới (hoặc chọn lại cột) rồi nhập lại.");
        }

        upload.Content = null;
        upload.Imported = rows.Count;
        upload.ImportedAt = time.GetUtcNow();

        // The upload's state and every response go in one save: all or nothing.
        await commands.StoreAsync(campaign, rows.Select(r => r.Response!).ToList(), ct);
        return rows.Count;
    }

    private static bool Matches(string header, SurveyQuestion q)
    {
        var code = VietText.Fold(q.Code);
        string[] names = [code, "cau " + code, "c" + code, "yeu to " + code, "q" + code];
        if (names.Any(n => header == n || header.StartsWith(n + " ", StringComparison.Ordinal) || header.StartsWith(n + ".", StringComparison.Ordinal)
            || header.StartsWith(n + ":", StringComparison.Ordinal)))
        {
            return true;
        }

        var text = VietText.Fold(q.Text);
        return (text.Length > 0 && header.Contains(text, StringComparison.Ordinal))
            || (q.Code == q.Element && header.Contains(VietText.Fold(Core.Labels.SipasElementLabels.Label(q.Element)), StringComparison.Ordinal));
    }

    /// <summary>The units of the campaign's government that the user may read, by code and by folded name.</summary>
    private async Task<Dictionary<string, Guid>> UnitLookupAsync(Guid governmentId, ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = (await tree.SubtreeAsync(governmentId, scope.Today, ct)).ToList();
        var readable = await scope.ReadableUnitsAsync(user, ct: ct);
        if (readable is not null) ids = ids.Where(readable.Contains).ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        var lookup = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var u in units)
        {
            lookup.TryAdd(u.Code, u.Id);
            lookup.TryAdd(VietText.Fold(u.Name), u.Id);
        }

        return lookup;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
