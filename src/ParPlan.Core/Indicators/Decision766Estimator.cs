namespace ParPlan.Core.Indicators;

/// <summary>
/// ESTIMATES the Decision 766/QĐ-TTg (23/6/2022) real-time one-stop index groups from dossier counts only.
/// The official sub-indicator formulas and point mappings are not published in our sources (DOMAIN §8, [UNVERIFIED]),
/// so each estimable group scores <c>max points × mean of its available dossier rates ÷ 100</c>:
/// <list type="bullet">
/// <item>Tiến độ, kết quả giải quyết (20): <c>dossier.on-time-rate</c> (contract default formula).</item>
/// <item>Số hóa hồ sơ (22): <c>dossier.digitised-rate</c>, <c>dossier.digitised-result-rate</c>, <c>dossier.reuse-rate</c>.</item>
/// <item>Cung cấp dịch vụ trực tuyến (22): <c>dossier.online-rate</c>, <c>dossier.online-payment-rate</c>.</item>
/// <item>Mức độ hài lòng (18): <c>dossier.satisfaction-rate</c> (ratings 4–5 of 5).</item>
/// <item>Công khai, minh bạch (18): not estimable from dossiers (needs procedure publication data); Points is null.</item>
/// </list>
/// A rate whose denominator is 0 is left out of its group's mean; a group with no rate left has null points.
/// </summary>
public static class Decision766Estimator
{
    private static readonly (Decision766Group Group, decimal Max, string[] Codes)[] Groups =
    [
        (Decision766Group.Publicity, 18, []),
        (Decision766Group.Progress, 20, [IndicatorCodes.OnTimeRate]),
        (Decision766Group.Digitisation, 22, [IndicatorCodes.DigitisedRate, IndicatorCodes.DigitisedResultRate, IndicatorCodes.ReuseRate]),
        (Decision766Group.OnlineServices, 22, [IndicatorCodes.OnlineRate, IndicatorCodes.OnlinePaymentRate]),
        (Decision766Group.Satisfaction, 18, [IndicatorCodes.SatisfactionRate]),
    ];

    /// <summary>The most points a group scores (100 over all groups).</summary>
    public static decimal MaxPoints(Decision766Group group) => Groups.First(g => g.Group == group).Max;

    public static Decision766Estimate Estimate(PeriodCounts counts)
    {
        var convention = IndicatorConvention.ContractDefault;
        var scores = new List<Decision766GroupScore>();
        foreach (var (group, max, codes) in Groups)
        {
            var rates = new List<decimal>();
            foreach (var code in codes)
            {
                if (convention.TryCompute(code, counts, out var f) && f.Denominator is > 0)
                    rates.Add((decimal)f.Numerator / f.Denominator.Value);
            }
            decimal? points = rates.Count == 0 ? null : Math.Round(max * rates.Average(), 2, MidpointRounding.AwayFromZero);
            scores.Add(new Decision766GroupScore(group, Labels.Decision766GroupLabels.Label(group), max, points, codes));
        }
        return new Decision766Estimate(scores);
    }
}
