using Microsoft.EntityFrameworkCore;
using ParPlan.Data;

namespace ParPlan.Features.Audit;

/// <summary>Filtered, paged reads of the audit log, newest first.</summary>
public sealed class AuditQueries(AppDbContext db)
{
    public async Task<AuditResult> SearchAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityKey))
        {
            query = query.Where(a => a.EntityKey == filter.EntityKey.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            query = query.Where(a => a.UserName == filter.UserName.Trim());
        }

        if (filter.From is { } from)
        {
            var start = VietnamTime.StartOf(from);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = VietnamTime.StartOf(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }

        var page = Math.Max(1, filter.Page);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize)
            .Select(a => new AuditRow(a.Id, a.At, a.UserName, a.EntityType, a.EntityKey, a.Action, a.Before, a.After))
            .ToListAsync(ct);
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        return new AuditResult(rows, total, page, types);
    }
}
