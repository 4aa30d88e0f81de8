using Microsoft.EntityFrameworkCore;
using ParPlan.Data;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Auth;

/// <summary>The display name of the user's unit for the page header ("Phòng Văn hoá – Xã hội, UBND xã Vĩnh Linh").</summary>
public sealed class UnitNames(AppDbContext db, IOrgTree tree, TimeProvider time)
{
    public async Task<string?> NameAsync(Guid unitId, CancellationToken ct = default)
    {
        var name = await NameOfAsync(unitId, ct);
        if (name is null)
        {
            return null;
        }

        var government = await tree.GovernmentOfAsync(unitId, VietnamTime.Today(time), ct);
        return government is { } g && g != unitId && await NameOfAsync(g, ct) is { } governmentName
            ? $"{name}, {governmentName}"
            : name;
    }

    private Task<string?> NameOfAsync(Guid id, CancellationToken ct) =>
        db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).FirstOrDefaultAsync(ct);
}
