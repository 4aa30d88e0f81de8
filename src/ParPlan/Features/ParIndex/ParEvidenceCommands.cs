using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Data;
using ParPlan.Features.Auth;
using ParPlan.Features.Organisation;
using ParPlan.Features.Tasks;

namespace ParPlan.Features.ParIndex;

/// <summary>Evidence of a criterion: a file (the task evidence limits, checked by size before it is read and by content),
/// a web link, or a link to a task's evidence of the same unit. Files go under <c>{data}/par-evidence/{assessment}/</c>.
/// Adding evidence does not change the assessment's version; the lock date and the scoring rights apply.</summary>
public sealed class ParEvidenceCommands(AppDbContext db, ParAccess access, ParAssessmentQueries queries, ParWriter writer, IOrgTree tree,
    IOptions<EvidenceOptions> options, IOptions<DatabaseOptions> data, TimeProvider time)
{
    public string Root => Path.Combine(Path.GetFullPath(data.Value.DataDirectory), "par-evidence");

    public long MaxBytes => options.Value.MaxBytes;

    public Error TooLarge() => Error.TooLarge($"Tài liệu kiểm chứng không được vượt quá {MaxBytes / (1024 * 1024)} MB.");

    public async Task<Result<Guid>> AddAsync(ClaimsPrincipal user, Guid id, string code, ParEvidenceUpload upload, CancellationToken ct = default)
    {
        if (await queries.LoadAsync(id, ct) is not { } loaded || await access.ReadAsync(user, loaded.Assessment.UnitId, ct) is not null) return ParAccess.NotFound();
        if (loaded.Leaf(code) is not { } leaf) return ParSelfAssessment.NoCriterion(code);
        if (await access.ScoreAsync(user, loaded.Assessment.UnitId, code, loaded.AreaOf(code), ct) is { } denied) return denied;
        if (writer.Locked(loaded) is { } locked) return locked;
        if (loaded.Assessment.Status != ParStatuses.Open) return Error.Conflict("Bản tự đánh giá đã gửi thẩm định; không thêm minh chứng được nữa.");
        var item = loaded.Items.First(i => i.Code == code);
        var evidence = new ParEvidence { ItemId = item.Id, CreatedAt = time.GetUtcNow(), CreatedBy = CurrentUser.From(user)?.UserName ?? "" };
        var link = upload.Link?.Trim();
        if (upload.TaskEvidenceId is { } taskEvidenceId)
        {
            var linked = await db.Set<Evidence>().AsNoTracking().Where(e => e.Id == taskEvidenceId).Select(e => new { e.UnitId, e.Title }).FirstOrDefaultAsync(ct);
            if (linked is null || !await tree.IsWithinAsync(linked.UnitId, loaded.Assessment.UnitId, queries.Today, ct))
            {
                return Error.Invalid("Không tìm thấy minh chứng nhiệm vụ này trong các nhiệm vụ của đơn vị.");
            }

            evidence.TaskEvidenceId = taskEvidenceId;
            evidence.Title = linked.Title;
        }
        else if (upload.File is { } file)
        {
            if (file.Length > MaxBytes) return TooLarge();
            if (file.Length == 0) return Error.Invalid("Tệp minh chứng rỗng.");
            var stored = await UploadStore.SaveAsync(file, Root, Path.Combine(id.ToString("N"), evidence.Id.ToString("N")), ct);
            if (stored.Error is { } refused)
            {
                return refused;
            }

            evidence.FileName = Cut(Path.GetFileName(file.FileName), 260);
            evidence.StoredPath = stored.Value!.RelativePath;
            evidence.ContentType = stored.Value.ContentType;
            evidence.Size = file.Length;
        }
        else if (!string.IsNullOrEmpty(link))
        {
            if (link.Length > Evidence.LinkMax || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return Error.Invalid("Đường dẫn phải bắt đầu bằng http:// hoặc https:// và không dài quá 2000 ký tự.");
            }

            evidence.Link = link;
        }
        else
        {
            return Error.Invalid("Chọn tệp minh chứng, nhập đường dẫn, hoặc chọn một minh chứng đã có của nhiệm vụ.");
        }

        evidence.Title = Cut(upload.Title, Evidence.TitleMax) ?? (evidence.Title is { Length: > 0 } t ? t : evidence.FileName ?? evidence.Link ?? leaf.Evidence ?? "Tài liệu kiểm chứng");
        db.Add(evidence);
        await db.SaveChangesAsync(ct);
        return evidence.Id;
    }

    public async Task<(string Path, string ContentType, string FileName)?> FileAsync(ClaimsPrincipal user, Guid evidenceId, CancellationToken ct = default)
    {
        var e = await (from ev in db.Set<ParEvidence>().AsNoTracking()
                       join i in db.Set<ParAssessmentItem>() on ev.ItemId equals i.Id
                       join a in db.Set<ParAssessment>() on i.AssessmentId equals a.Id
                       where ev.Id == evidenceId
                       select new { ev.StoredPath, ev.ContentType, ev.FileName, a.UnitId }).FirstOrDefaultAsync(ct);
        if (e?.StoredPath is null || await access.ReadAsync(user, e.UnitId, ct) is not null) return null;
        return (Path.Combine(Root, e.StoredPath), e.ContentType ?? "application/octet-stream", e.FileName ?? "minh-chung");
    }

    private static string? Cut(string? text, int max)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null : t.Length > max ? t[..max] : t;
    }
}
