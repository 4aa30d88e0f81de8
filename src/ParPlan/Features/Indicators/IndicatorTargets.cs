using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;
using ParPlan.Data;

namespace ParPlan.Features.Indicators;

/// <summary>Links plan targets to catalogue indicators (suggested by <see cref="IndicatorMatcher"/>, confirmed by the
/// user) and records hand-entered actuals. Expected failures are values.</summary>
public sealed class IndicatorTargets(AppDbContext db, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Comparators = [">=", ">", "<=", "<", "=", "reduce-by"];

    /// <summary>Catalogue indicators that fit a target's wording, best first.</summary>
    public static IReadOnlyList<IndicatorSuggestion> Suggest(string text, string comparator, decimal value, string unit, GovernmentLevel? level) =>
        IndicatorMatcher.Suggest(new PlanTarget { Text = text, Comparator = comparator, Value = value, Unit = unit, Level = level });

    public async Task<Result<Guid>> SetTargetAsync(SetTargetRequest r, CancellationToken ct = default)
    {
        if (IndicatorCatalog.Find(r.IndicatorCode) is null) return Error.Invalid("Chỉ số không có trong danh mục.");
        if (!Comparators.Contains(r.Comparator)) return Error.Invalid("Phép so sánh không hợp lệ.");
        if (r.Comparator == "reduce-by" && r.Baseline is null) return Error.Invalid("Chỉ tiêu giảm cần giá trị gốc (baseline).");
        if (!await db.Units.AnyAsync(u => u.Id == r.GovernmentId, ct)) return Error.NotFound("Không tìm thấy đơn vị.");
        var target = await db.Set<IndicatorTarget>().FirstOrDefaultAsync(t => t.GovernmentId == r.GovernmentId && t.Year == r.Year
            && t.IndicatorCode == r.IndicatorCode && t.Stretch == r.Stretch && t.Level == r.Level, ct);
        if (target is null)
        {
            target = new IndicatorTarget { GovernmentId = r.GovernmentId, Year = r.Year, IndicatorCode = r.IndicatorCode, Stretch = r.Stretch, Level = r.Level };
            db.Add(target);
        }

        target.Comparator = r.Comparator;
        target.Value = r.Value;
        target.Unit = r.Unit;
        target.Baseline = r.Baseline;
        target.Text = r.Text;
        target.PlanReference = r.PlanReference;
        await db.SaveChangesAsync(ct);
        return target.Id;
    }

    public async Task<Result<Guid>> SetActualAsync(SetActualRequest r, CancellationToken ct = default)
    {
        if (IndicatorCatalog.Find(r.IndicatorCode) is null) return Error.Invalid("Chỉ số không có trong danh mục.");
        if (!ReportingPeriod.TryParse(r.Period, out _)) return Error.Invalid("Kỳ báo cáo không hợp lệ.");
        if (string.IsNullOrWhiteSpace(r.SourceNote)) return Error.Invalid("Cần ghi nguồn số liệu.");
        var actual = await db.Set<IndicatorActual>().FirstOrDefaultAsync(a => a.UnitId == r.UnitId && a.Period == r.Period && a.IndicatorCode == r.IndicatorCode, ct);
        if (actual is null)
        {
            actual = new IndicatorActual { UnitId = r.UnitId, Period = r.Period, IndicatorCode = r.IndicatorCode };
            db.Add(actual);
        }

        actual.Value = r.Value;
        actual.SourceNote = r.SourceNote.Trim();
        actual.EnteredAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return actual.Id;
    }
}
