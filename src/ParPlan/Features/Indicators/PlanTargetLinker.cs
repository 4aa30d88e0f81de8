using Microsoft.EntityFrameworkCore;
using ParPlan.Core.Indicators;
using ParPlan.Core.Plans;
using ParPlan.Data;
using ParPlan.Features.Plans;
using Entity = ParPlan.Features.Plans.PlanTarget;

namespace ParPlan.Features.Indicators;

/// <summary>Links the targets of a plan to catalogue indicators: <see cref="IndicatorMatcher"/> suggests one from the
/// wording, the standing officer confirms or changes it, or marks the target as having no indicator. Confirmed targets
/// of issued plans then appear on the indicator board (<see cref="BoardTargetsAsync"/>).</summary>
public sealed class PlanTargetLinker(AppDbContext db)
{
    public const string StatusUnreviewed = "unreviewed";
    public const string StatusConfirmed = "confirmed";
    public const string StatusNone = "none";

    public async Task<IReadOnlyList<PlanTargetLinkDto>> ListAsync(Guid planId, CancellationToken ct = default)
    {
        var planLevel = await PlanLevelAsync(planId, ct);
        var targets = await db.PlanTargets.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Order).ToListAsync(ct);
        return targets.Select(t => ToDto(t, planLevel)).ToList();
    }

    public async Task<Result<PlanTargetLinkDto>> LinkAsync(Guid planId, Guid targetId, LinkTargetRequest request, CancellationToken ct = default)
    {
        var target = await db.PlanTargets.FirstOrDefaultAsync(t => t.Id == targetId && t.PlanId == planId, ct);
        if (target is null) return Error.NotFound("Không tìm thấy chỉ tiêu này trong kế hoạch.");
        if (request.Version is { } seen && seen != target.Version)
        {
            return Error.Conflict("Chỉ tiêu vừa được người khác thay đổi; tải lại trang rồi chọn lại.");
        }

        var level = LevelOf(target, await PlanLevelAsync(planId, ct));
        var code = request.IndicatorCode?.Trim();
        if (request.NoIndicator == !string.IsNullOrEmpty(code))
        {
            return Error.Invalid("Chọn một chỉ số trong danh mục, hoặc đánh dấu \"không có chỉ số\" (không chọn cả hai).");
        }

        if (request.NoIndicator)
        {
            (target.IndicatorCode, target.IndicatorLink) = (null, IndicatorLinkStatus.NoIndicator);
        }
        else if (IndicatorCatalog.Find(code!) is not { } def)
        {
            return Error.Invalid($"Mã chỉ số '{code}' không có trong danh mục; chọn một chỉ số trong danh sách.");
        }
        else if (!def.AppliesTo(level))
        {
            return Error.Invalid($"Chỉ số \"{def.Name}\" không áp dụng cho cấp {LevelName(level)}; chọn chỉ số khác trong danh sách.");
        }
        else
        {
            (target.IndicatorCode, target.IndicatorLink) = (def.Code, IndicatorLinkStatus.Confirmed);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("Chỉ tiêu vừa được người khác thay đổi; tải lại trang rồi chọn lại.");
        }

        return ToDto(target, level);
    }

    /// <summary>The confirmed targets of the government's issued (or revised, or closed) plans whose period overlaps
    /// <paramref name="year"/>, as board targets. A reduce-by target takes its baseline from the government's stored
    /// value of the indicator for its baseline year, when there is one.</summary>
    public async Task<List<IndicatorTarget>> BoardTargetsAsync(Guid governmentId, string governmentCode, int year, CancellationToken ct = default)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.PlanTargets.AsNoTracking()
            .Where(t => t.IndicatorLink == IndicatorLinkStatus.Confirmed && t.IndicatorCode != null)
            .Join(db.Plans.AsNoTracking().Where(p => p.GovernmentId == governmentId && p.Status != PlanStatus.Draft && p.PeriodFrom <= last && p.PeriodTo >= first),
                t => t.PlanId, p => p.Id, (t, p) => new { Target = t, p.Number, p.Title })
            .ToListAsync(ct);
        var baselineKeys = rows.Where(r => r.Target.Comparator == Comparators.ReduceBy && r.Target.BaselineYear is not null)
            .Select(r => r.Target.BaselineYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        var baselines = baselineKeys.Count == 0 ? [] : await db.Set<StoredIndicatorValue>().AsNoTracking()
            .Where(v => v.UnitCode == governmentCode && v.Field == "" && baselineKeys.Contains(v.Period))
            .Select(v => new { v.Code, v.Period, v.Value }).ToListAsync(ct);
        return rows.Select(r => new IndicatorTarget
        {
            GovernmentId = governmentId, Year = year, IndicatorCode = r.Target.IndicatorCode!, Comparator = r.Target.Comparator, Value = r.Target.Value,
            Unit = r.Target.Unit, Level = ParseLevel(r.Target.Level), Stretch = r.Target.Stretch, Text = r.Target.Text,
            PlanReference = r.Number is { Length: > 0 } number ? $"{number} — {r.Title}" : r.Title,
            Baseline = baselines.FirstOrDefault(b => b.Code == r.Target.IndicatorCode
                && b.Period == r.Target.BaselineYear?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Value,
        }).ToList();
    }

    public static IReadOnlyList<IndicatorChoice> ChoicesFor(GovernmentLevel level) =>
        IndicatorCatalog.All.Where(d => d.AppliesTo(level)).Select(d => new IndicatorChoice(d.Code, d.Name, d.Unit)).ToList();

    public static string LevelName(GovernmentLevel level) => level switch
    {
        GovernmentLevel.Province => "tỉnh",
        GovernmentLevel.District => "huyện",
        GovernmentLevel.Commune => "xã",
        GovernmentLevel.Agency => "sở, ngành",
        GovernmentLevel.National => "trung ương",
        _ => "chưa rõ",
    };

    private static PlanTargetLinkDto ToDto(Entity t, GovernmentLevel planLevel)
    {
        var level = LevelOf(t, planLevel);
        var suggestions = IndicatorMatcher.Suggest(new Core.Plans.PlanTarget
        {
            Text = t.Text, Comparator = t.Comparator, Value = t.Value, Unit = t.Unit, Level = level, Stretch = t.Stretch,
        });
        var best = suggestions.Count > 0 ? suggestions[0] : null;
        var status = t.IndicatorLink switch
        {
            IndicatorLinkStatus.Confirmed => StatusConfirmed,
            IndicatorLinkStatus.NoIndicator => StatusNone,
            _ => StatusUnreviewed,
        };
        return new PlanTargetLinkDto(t.Id, t.Text, t.Comparator, t.Value, t.Unit, level.ToString().ToLowerInvariant(), t.Stretch, status,
            t.IndicatorCode, t.IndicatorCode is { } code ? IndicatorCatalog.Find(code)?.Name : null,
            best?.Indicator.Code, best?.Indicator.Name, best?.Matched ?? [], ChoicesFor(level), t.Version);
    }

    /// <summary>The target's own level when the plan gave one, else the level of the plan's government.</summary>
    private static GovernmentLevel LevelOf(Entity t, GovernmentLevel planLevel) => ParseLevel(t.Level) ?? planLevel;

    private static GovernmentLevel? ParseLevel(string? level) =>
        Enum.TryParse<GovernmentLevel>(level, ignoreCase: true, out var l) && l != GovernmentLevel.Unknown ? l : null;

    private async Task<GovernmentLevel> PlanLevelAsync(Guid planId, CancellationToken ct)
    {
        var level = await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Join(db.Units.AsNoTracking(), p => p.GovernmentId, u => u.Id, (p, u) => u.Level).FirstOrDefaultAsync(ct);
        return Enum.TryParse<GovernmentLevel>(level.ToString(), out var l) ? l : GovernmentLevel.Unknown;
    }
}
