using ParPlan.Components.Flash;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Dossiers;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Dossiers;

/// <summary>The column-mapping step of the web import. An upload whose header does not fit the canonical layout (nor
/// the saved map of its source) waits as <see cref="ImportStatus.NeedsMapping"/>; the officer picks the file column of
/// each canonical column (suggested by <see cref="DossierColumnSuggester"/>) and the codes of unknown values; the map is
/// saved for the batch's government and source (<see cref="DossierMaps"/>) and the import continues with it. Later files of
/// that source in the same layout import directly. Only the batch's government's officers and the administrator see or
/// save its mapping; anyone else gets 404.</summary>
public sealed class ColumnMapStep(AppDbContext db, DossierMaps maps, GovernmentOwnership ownership)
{
    public const string SavePattern = "/chi-so/nhap/{id:long}/anh-xa/luu";

    public static readonly IReadOnlyList<string> ValueColumns = [DossierCodes.Status, DossierCodes.Channel, DossierCodes.ServiceLevel];

    public static string PagePath(long id) => $"{DossierEndpoints.ImportPagePath}/{id}/anh-xa";

    public static string SavePath(long id) => $"{PagePath(id)}/luu";

    /// <summary>Marks the staged batch as waiting for the mapping step when its header does not fit; false for a file
    /// that fits (or that cannot be read at all: the import then reports why).</summary>
    public async Task<bool> NeedsMappingAsync(ImportBatch batch, CancellationToken ct = default)
    {
        var preview = DossierFilePreview.Read(batch.StagedPath!, batch.FileName);
        if (preview is null || preview.Headers.Count == 0) return false;
        var map = await SavedMapAsync(batch, ct);
        var xlsx = DossierReader.FormatOf(batch.FileName) == DossierFileFormat.Xlsx;
        if (DossierColumnSuggester.MissingRequired(preview.Headers, map).Count == 0 && (xlsx || (map?.Delimiter ?? ',') == preview.Delimiter)) return false;
        var tracked = await db.Set<ImportBatch>().FirstAsync(b => b.Id == batch.Id, ct);
        tracked.Status = ImportStatus.NeedsMapping;
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<Result<ColumnMapView>> ViewAsync(long id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var batch = await db.Set<ImportBatch>().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null || !await ownership.MayUseAsync(user, batch.GovernmentId, ct)) return Error.NotFound(DossierImportQueries.NotFoundText);
        if (batch.Status != ImportStatus.NeedsMapping || batch.StagedPath is null || !File.Exists(batch.StagedPath))
        {
            return Error.Invalid("Lần nhập này không chờ ánh xạ cột.");
        }

        if (DossierFilePreview.Read(batch.StagedPath, batch.FileName) is not { } preview)
        {
            return Error.Invalid("Không đọc được tệp đã tải lên; kiểm tra tệp là CSV (UTF-8) hoặc XLSX rồi tải lên lại.");
        }

        var saved = await SavedMapAsync(batch, ct);
        var columns = new Dictionary<string, string>(DossierColumnSuggester.SuggestColumns(preview.Headers), StringComparer.Ordinal);
        foreach (var (source, target) in saved?.Columns ?? [])
        {
            if (preview.Headers.Contains(source.Trim(), StringComparer.OrdinalIgnoreCase)) columns[target.Trim()] = preview.Headers.First(h => string.Equals(h, source.Trim(), StringComparison.OrdinalIgnoreCase));
        }

        var values = ValueColumns.ToDictionary(c => c, c => (IReadOnlyList<ValueChoice>)(columns.TryGetValue(c, out var header)
            ? preview.DistinctValues(header).Select(v => new ValueChoice(v, SavedValue(saved, c, v) ?? DossierColumnSuggester.SuggestValue(c, v))).ToList()
            : []));
        return new ColumnMapView(batch, preview, columns, values);
    }

    /// <summary>Builds the map from the posted form, saves it for the source and queues the batch again.</summary>
    public async Task<Result<long>> SaveAsync(long id, ClaimsPrincipal user, IFormCollection form, CancellationToken ct = default)
    {
        var view = await ViewAsync(id, user, ct);
        if (!view.IsSuccess) return view.Error!;
        var (batch, preview) = (view.Value!.Batch, view.Value.Preview);
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var canonical in DossierCodes.Columns)
        {
            var header = form["col." + canonical].ToString();
            if (header.Length == 0) continue;
            if (!preview.Headers.Contains(header, StringComparer.Ordinal)) return Error.Invalid($"Tệp không có cột '{header}'.");
            if (!columns.TryAdd(header, canonical))
            {
                return Error.Invalid($"Cột '{header}' của tệp được chọn cho cả '{columns[header]}' và '{canonical}'; mỗi cột của tệp chỉ chọn một lần.");
            }
        }

        var map = new DossierColumnMap
        {
            Delimiter = preview.Delimiter, Columns = columns,
            StatusValues = ValuesOf(form, DossierCodes.Status), ChannelValues = ValuesOf(form, DossierCodes.Channel),
            ServiceLevelValues = ValuesOf(form, DossierCodes.ServiceLevel),
        };
        var missing = DossierColumnSuggester.MissingRequired(preview.Headers, map);
        if (missing.Count > 0)
        {
            return Error.Invalid("Chưa chọn cột của tệp cho các cột bắt buộc: " + string.Join(", ", missing.Select(Label)) + ".");
        }

        var source = form["source"].ToString().Trim();
        var saved = await maps.SaveAsync(batch.GovernmentId, source.Length > 0 ? source : batch.Source, map, ct);
        if (!saved.IsSuccess) return saved.Error!;
        batch.Source = saved.Value!;
        batch.Status = ImportStatus.Queued;
        await db.SaveChangesAsync(ct);
        return batch.Id;
    }

    /// <summary>The form endpoint of the mapping page.</summary>
    public static async Task<IResult> SaveFormAsync(long id, HttpRequest request, ClaimsPrincipal user, IAntiforgery antiforgery, ColumnMapStep step,
        DossierImportService imports, FlashMessages flash, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(request.HttpContext))
        {
            return flash.RedirectWithError(request.HttpContext, PagePath(id), "Phiên làm việc đã hết hạn, vui lòng tải lại trang.");
        }

        var result = await step.SaveAsync(id, user, await request.ReadFormAsync(ct), ct);
        if (result.Error?.Code == "not-found") return Results.NotFound();
        if (!result.IsSuccess) return flash.RedirectWithError(request.HttpContext, PagePath(id), result.Error!.Message);

        imports.Enqueue(id);
        return Results.Redirect($"{DossierEndpoints.ImportPagePath}/{id}");
    }

    /// <summary>"Mã hồ sơ (ma_ho_so)".</summary>
    public static string Label(string canonical) =>
        DossierColumnSuggester.Labels.TryGetValue(canonical, out var labels) ? $"{labels[0]} ({canonical})" : canonical;

    private static Dictionary<string, string> ValuesOf(IFormCollection form, string column)
    {
        var from = form["from." + column];
        var to = form["to." + column];
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Math.Min(from.Count, to.Count); i++)
        {
            if (!string.IsNullOrWhiteSpace(from[i]) && !string.IsNullOrWhiteSpace(to[i])) result[from[i]!.Trim()] = to[i]!.Trim();
        }

        return result;
    }

    private static string? SavedValue(DossierColumnMap? map, string column, string value)
    {
        var values = column switch
        {
            DossierCodes.Status => map?.StatusValues,
            DossierCodes.Channel => map?.ChannelValues,
            _ => map?.ServiceLevelValues,
        };
        return values?.FirstOrDefault(kv => string.Equals(kv.Key.Trim(), value, StringComparison.OrdinalIgnoreCase)).Value;
    }

    private async Task<DossierColumnMap?> SavedMapAsync(ImportBatch batch, CancellationToken ct) =>
        await maps.FindAsync(batch.GovernmentId, batch.Source, ct) is { } json ? DossierColumnMap.FromJson(json) : null;
}
