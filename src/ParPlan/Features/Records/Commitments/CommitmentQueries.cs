using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Records;

/// <summary>Reads signed commitments and their obligations within the user's scope (<see cref="RecordAccess"/>).</summary>
public sealed class CommitmentQueries(AppDbContext db, RecordAccess access, RecordLookups lookups)
{
    public const string NotFound = "Không tìm thấy bản cam kết hoặc bạn không có quyền xem.";

    public sealed record Row(Guid Id, Guid GovernmentId, int Year, string Pair, string Signatory, string Counterpart, string SignatoryUnitName,
        DateOnly SignedOn, string? DocumentNumber, int Obligations, int Reported, int Done);

    public sealed record Detail(Commitment Commitment, string GovernmentName, string SignatoryUnitName, IReadOnlyList<CommitmentObligation> Obligations,
        bool CanManage, bool CanReport);

    public async Task<List<Row>> ListAsync(ClaimsPrincipal user, Guid? governmentId, int? year, CancellationToken ct = default)
    {
        var readable = (await access.ReadableAsync(user, ct))?.ToList();
        var list = await db.Set<Commitment>().AsNoTracking()
            .Where(c => (governmentId == null || c.GovernmentId == governmentId) && (year == null || c.Year == year)
                && (readable == null || readable.Contains(c.GovernmentId) || readable.Contains(c.SignatoryUnitId)))
            .OrderByDescending(c => c.Year).ThenBy(c => c.Signatory).ToListAsync(ct);
        var ids = list.Select(c => c.Id).ToList();
        var obligations = await db.Set<CommitmentObligation>().AsNoTracking().Where(o => ids.Contains(o.CommitmentId))
            .Select(o => new { o.CommitmentId, o.Result }).ToListAsync(ct);
        var names = await lookups.NamesAsync(list.Select(c => c.SignatoryUnitId), ct);
        return list.Select(c =>
        {
            var mine = obligations.Where(o => o.CommitmentId == c.Id).ToList();
            return new Row(c.Id, c.GovernmentId, c.Year, c.Pair, c.Signatory, c.Counterpart, names.GetValueOrDefault(c.SignatoryUnitId, ""), c.SignedOn,
                c.DocumentNumber, mine.Count, mine.Count(o => o.Result is not null), mine.Count(o => o.Result == Core.Labels.CommitmentResultLabels.Done));
        }).ToList();
    }

    public async Task<Result<Detail>> DetailAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var c = await db.Set<Commitment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Error.NotFound(NotFound);
        if (await access.ReadAsync(user, c.GovernmentId, [c.SignatoryUnitId], NotFound, ct) is { } denied) return denied;
        var obligations = await db.Set<CommitmentObligation>().AsNoTracking().Where(o => o.CommitmentId == id).OrderBy(o => o.Order).ToListAsync(ct);
        var names = await lookups.NamesAsync([c.GovernmentId, c.SignatoryUnitId], ct);
        return new Detail(c, names.GetValueOrDefault(c.GovernmentId, ""), names.GetValueOrDefault(c.SignatoryUnitId, ""), obligations,
            await access.ManageAsync(user, c.GovernmentId, [], NotFound, ct) is null,
            await access.ActAsync(user, c.GovernmentId, c.SignatoryUnitId, [c.SignatoryUnitId], NotFound, ct) is null);
    }
}
