using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Data;
using ParPlan.Features.Auth;

namespace ParPlan.Features.Tasks;

/// <summary>Attaches evidence to a task. Files go under <c>{data}/evidence/{task}/</c>, checked by size and by content.</summary>
public sealed class EvidenceCommands(AppDbContext db, TaskCommands tasks, IOptions<EvidenceOptions> options,
    IOptions<DatabaseOptions> data, TimeProvider time)
{
    public string Root => Path.Combine(Path.GetFullPath(data.Value.DataDirectory), "evidence");

    public long MaxBytes => options.Value.MaxBytes;

    public async Task<Result<Guid>> AddAsync(ClaimsPrincipal user, Guid taskId, EvidenceUpload upload, CancellationToken ct = default)
    {
        var access = await tasks.AccessAsync(user, taskId, ct);
        if (access.Failure is { } denied)
        {
            return denied;
        }

        var link = upload.Link?.Trim();
        if (TextLimits.Check(("Trích yếu", upload.Title, Evidence.TitleMax), ("Số, ký hiệu văn bản", upload.DocumentNumber, Evidence.DocumentNumberMax),
                ("Đường dẫn", link, Evidence.LinkMax)) is { } tooLong)
        {
            return Invalid(tooLong.Message);
        }

        if (upload.File is null && string.IsNullOrEmpty(link))
        {
            return Invalid("Chọn tệp minh chứng hoặc nhập đường dẫn.");
        }

        if (!string.IsNullOrEmpty(link) && (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            return Invalid("Đường dẫn phải bắt đầu bằng http:// hoặc https://.");
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(upload.DocumentDate))
        {
            if (DateText.Parse(upload.DocumentDate) is not { } d)
            {
                return Invalid("Ngày văn bản phải có dạng dd/MM/yyyy.");
            }

            date = d;
        }

        var evidence = new Evidence
        {
            TaskId = taskId,
            UnitId = access.UnitId,
            DocumentNumber = Trim(upload.DocumentNumber, Evidence.DocumentNumberMax),
            DocumentDate = date,
            Link = string.IsNullOrEmpty(link) ? null : link,
            CreatedBy = CurrentUser.From(user)!.UserName,
            CreatedAt = time.GetUtcNow(),
        };
        if (upload.File is { } file)
        {
            if (file.Length > MaxBytes)
            {
                return TooLarge();
            }

            if (file.Length == 0)
            {
                return Invalid("Tệp minh chứng rỗng.");
            }

            var stored = await UploadStore.SaveAsync(file, Root, Path.Combine(taskId.ToString("N"), evidence.Id.ToString("N")), ct);
            if (stored.Error is { } refused)
            {
                return refused;
            }

            evidence.FileName = Trim(Path.GetFileName(file.FileName), 260);
            evidence.StoredPath = stored.Value!.RelativePath;
            evidence.ContentType = stored.Value.ContentType;
            evidence.Size = file.Length;
        }

        evidence.Title = Trim(upload.Title, Evidence.TitleMax) ?? evidence.FileName ?? evidence.Link ?? "Minh chứng";
        db.Add(evidence);
        await db.SaveChangesAsync(ct);
        return evidence.Id;
    }

    /// <summary>The stored file of an evidence the user may read.</summary>
    public async Task<(string Path, string ContentType, string FileName)?> FileAsync(ClaimsPrincipal user, Guid evidenceId, CancellationToken ct = default)
    {
        var e = await db.Set<Evidence>().AsNoTracking().Where(x => x.Id == evidenceId)
            .Select(x => new { x.TaskId, x.StoredPath, x.ContentType, x.FileName }).FirstOrDefaultAsync(ct);
        if (e?.StoredPath is null)
        {
            return null;
        }

        var access = await tasks.AccessAsync(user, e.TaskId, ct);
        if (access.Failure is { Code: "not-found" })
        {
            return null;
        }

        return (Path.Combine(Root, e.StoredPath), e.ContentType ?? "application/octet-stream", e.FileName ?? "minh-chung");
    }

    private static string? Trim(string? text, int max)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null : t.Length > max ? t[..max] : t;
    }

    /// <summary>A file over <see cref="MaxBytes"/>, refused by the command or before the form was read.</summary>
    public Error TooLarge() => Error.TooLarge($"Tệp minh chứng không được vượt quá {MaxBytes / (1024 * 1024)} MB.");

    private static Error Invalid(string detail) => Error.Invalid(detail);
}
