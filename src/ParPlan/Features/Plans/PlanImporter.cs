using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Infrastructure;

namespace ParPlan.Features.Plans;

/// <summary>Plan import settings (section <c>Plans:Import</c>).</summary>
/// <summary>Reads an uploaded plan, keeps a pending import for review, and turns it into a Draft plan.</summary>
public sealed class PlanImporter(AppDbContext db, UnitResolver resolver, AuditActor actor, TimeProvider time, IOptions<PlanImportOptions> options,
    IOptions<UploadLimitsOptions> limits)
{
    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>Parses the bytes (format sniffed from the content); an unreadable file is a Vietnamese error.</summary>
    public Result<PlanDocument> Parse(byte[] bytes, string fileName) => Parse(bytes, fileName, out _);

    /// <param name="basis">The plan's "Căn cứ / Thực hiện …" lines (<see cref="Core.Cascade.ParentBasis"/>): where the
    /// upper plan's number is found to propose the parent link.</param>
    private Result<PlanDocument> Parse(byte[] bytes, string fileName, out string? basis)
    {
        basis = null;
        if (bytes.LongLength > MaxBytes)
        {
            return new Error("too-large", $"Tệp lớn hơn giới hạn {MaxBytes / (1024 * 1024)} MB.");
        }

        try
        {
            var source = DocumentReader.Read(bytes, fileName, limits.Value.ForPlans(MaxBytes));
            var document = PlanParser.Parse(source);
            basis = Core.Cascade.ParentBasis.Extract(source.AllLines());
            if (document.Tasks.Count == 0 && document.Header.Title is null)
            {
                return Error.Invalid("Không đọc được kế hoạch: tệp không có tiêu đề và không có bảng nhiệm vụ.");
            }

            return document;
        }
        catch (DocumentReadException ex) when (ex.Reason == UnreadableReason.TooLarge)
        {
            return new Error("too-large", "Không đọc được tệp: " + ex.Message);
        }
        catch (DocumentReadException ex)
        {
            return Error.Invalid("Không đọc được tệp: " + ex.Message);
        }
    }

    /// <summary>Imports in one step (the API): parse, match units with the remembered mappings, store a Draft.</summary>
    public async Task<Result<ImportOutcome>> ImportAsync(byte[] bytes, string fileName, Guid governmentId, CancellationToken ct = default)
    {
        var parsed = Parse(bytes, fileName, out var basis);
        if (parsed.Value is not { } document)
        {
            return parsed.Error!;
        }

        var now = time.GetUtcNow();
        var units = await resolver.ForAsync(governmentId, PlanBuilder.PlanDate(document, VietnamTime.Today(time)), ct);
        var plan = await PlanBuilder.AddDraftAsync(db, document, units, new DraftSource(fileName, Hash(bytes), actor.Current.UserName, now, basis), null, ct);
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(plan.Id, document.Tasks.Count, document.Warnings, ImportWarningText.Vietnamese(document.Notices));
    }

    /// <summary>Starts a reviewed import: the parsed document is kept server-side for the review screen.</summary>
    public async Task<Result<Guid>> StartAsync(byte[] bytes, string fileName, Guid governmentId, CancellationToken ct = default)
    {
        var parsed = Parse(bytes, fileName, out var basis);
        if (parsed.Value is not { } document)
        {
            return parsed.Error!;
        }

        var session = new ImportSession
        {
            GovernmentId = governmentId,
            UserName = actor.Current.UserName,
            FileName = PlanBuilder.Clip(fileName, 260)!,
            FileHash = Hash(bytes),
            DocumentJson = PlanJson.Serialize(document),
            ParentReference = basis,
            CreatedAt = time.GetUtcNow(),
        };
        db.PlanImportSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    public async Task<PendingImport?> FindAsync(Guid sessionId, CancellationToken ct = default)
    {
        var user = actor.Current.UserName;
        var session = await db.PlanImportSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.UserName == user, ct);
        return session is null || PlanJson.Deserialize(session.DocumentJson) is not { } document
            ? null
            : new PendingImport(session.Id, session.GovernmentId, session.FileName, document, ReadChoices(session.ChoicesJson), session.PlanId, session.Version);
    }

    /// <summary>Replaces the pending document (after an inline fix in the review screen).</summary>
    public Task<Result<long>> SaveDocumentAsync(Guid sessionId, Func<PlanDocument, PlanDocument> edit, CancellationToken ct = default) =>
        UpdateAsync(sessionId, s => s.DocumentJson = PlanJson.Serialize(edit(PlanJson.Deserialize(s.DocumentJson)!)), ct);

    /// <summary>Records the reviewer's answer for one unit name (null choice clears it).</summary>
    public Task<Result<long>> ChooseAsync(Guid sessionId, string name, ImportChoice? choice, CancellationToken ct = default) =>
        UpdateAsync(sessionId, s =>
        {
            var choices = ReadChoices(s.ChoicesJson).ToDictionary();
            var key = Core.Plans.Matching.UnitMatcher.Key(name);
            if (choice is null)
            {
                choices.Remove(key);
            }
            else
            {
                choices[key] = choice;
            }

            s.ChoicesJson = JsonSerializer.Serialize(choices);
        }, ct);

    /// <summary>Creates the Draft plan, remembers the reviewer's unit choices for the government, closes the session.</summary>
    public async Task<Result<Guid>> ConfirmAsync(Guid sessionId, CancellationToken ct = default)
    {
        var user = actor.Current.UserName;
        var session = await db.PlanImportSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.UserName == user, ct);
        if (session is null || PlanJson.Deserialize(session.DocumentJson) is not { } document)
        {
            return Error.NotFound("Không tìm thấy phiên nhập kế hoạch.");
        }

        if (session.PlanId is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow();
        var choices = ReadChoices(session.ChoicesJson);
        await RememberAsync(session.GovernmentId, choices, user, now, ct);
        var units = await resolver.ForAsync(session.GovernmentId, PlanBuilder.PlanDate(document, VietnamTime.Today(time)), ct);
        var plan = await PlanBuilder.AddDraftAsync(db, document, units, new DraftSource(session.FileName, session.FileHash, user, now, session.ParentReference), choices, ct);
        session.PlanId = plan.Id;
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }

    private async Task RememberAsync(Guid governmentId, IReadOnlyDictionary<string, ImportChoice> choices, string user, DateTimeOffset now, CancellationToken ct)
    {
        var keys = choices.Keys.ToList();
        var existing = await db.UnitNameMappings.Where(m => m.GovernmentId == governmentId && keys.Contains(m.FoldedText)).ToListAsync(ct);
        var groupIds = await db.UnitGroups.Where(g => g.GovernmentId == governmentId).Select(g => g.Id).ToListAsync(ct);
        foreach (var (key, choice) in choices)
        {
            var mapping = existing.FirstOrDefault(m => m.FoldedText == key);
            if (mapping is null)
            {
                mapping = new UnitNameMapping { GovernmentId = governmentId, SourceText = key, FoldedText = key, CreatedBy = user, CreatedAt = now };
                db.UnitNameMappings.Add(mapping);
            }

            var isGroup = choice.TargetId is { } id && groupIds.Contains(id);
            mapping.Ignore = choice.Ignore;
            mapping.UnitId = choice.Ignore || isGroup ? null : choice.TargetId;
            mapping.GroupId = isGroup ? choice.TargetId : null;
        }
    }

    private async Task<Result<long>> UpdateAsync(Guid sessionId, Action<ImportSession> change, CancellationToken ct)
    {
        var user = actor.Current.UserName;
        var session = await db.PlanImportSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.UserName == user && s.PlanId == null, ct);
        if (session is null)
        {
            return Error.NotFound("Không tìm thấy phiên nhập kế hoạch (hoặc đã xác nhận).");
        }

        change(session);
        await db.SaveChangesAsync(ct);
        return session.Version;
    }

    private static IReadOnlyDictionary<string, ImportChoice> ReadChoices(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, ImportChoice>>(string.IsNullOrWhiteSpace(json) ? "{}" : json) ?? [];

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
