using ParPlan.Core.Labels;
using ParPlan.Core.Plans;
using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Reports;

public class RegimeRulesTests
{
    private static RegimePeriod Q1 => DefaultRegimes.Bnv581.Periods[0];

    [Fact]
    public void Both_shipped_regimes_pass_the_rules()
    {
        Assert.Empty(RegimeRules.Validate(DefaultRegimes.Bnv581));
        Assert.Empty(RegimeRules.Validate(DefaultRegimes.Commune));
    }

    [Fact]
    public void A_window_that_starts_after_it_ends_is_refused_in_vietnamese_with_both_days()
    {
        var period = Q1 with { WindowFrom = new YearDay(15, 3), WindowTo = new YearDay(14, 3) };

        var error = Assert.Single(RegimeRules.Validate(period));

        Assert.Equal("Kỳ «Quý I/2026»: ngày bắt đầu kỳ số liệu (15/03) phải trước hoặc trùng ngày kết thúc (14/03).", error);
    }

    [Fact]
    public void A_due_date_before_the_window_end_is_refused_and_names_the_step()
    {
        var period = Q1 with { Dues = new Dictionary<ReportLevel, DueRule> { [ReportLevel.UpperLevel] = DueRule.NoLaterThan(10, 3) } };

        var error = Assert.Single(RegimeRules.Validate(period));

        Assert.Contains("hạn gửi ở bước «Cấp trên gửi Bộ, ngành Trung ương» (chậm nhất ngày 10/03) phải sau ngày kết thúc kỳ số liệu (14/03)", error);
    }

    [Fact]
    public void A_unit_may_not_be_due_after_the_step_its_report_feeds()
    {
        var period = Q1 with
        {
            Dues = new Dictionary<ReportLevel, DueRule> { [ReportLevel.Unit] = DueRule.NoLaterThan(19, 3), [ReportLevel.StandingAgency] = DueRule.NoLaterThan(17, 3) },
        };

        var error = Assert.Single(RegimeRules.Validate(period));

        Assert.Contains("không được muộn hơn hạn ở bước «Cơ quan thường trực trình UBND» (chậm nhất ngày 17/03)", error);
    }

    [Fact]
    public void A_period_without_any_due_date_or_a_regime_without_name_body_or_known_templates_is_refused()
    {
        var regime = DefaultRegimes.Commune with
        {
            Name = " ",
            ReceivingBody = "",
            Outline = new TemplateKeys("la"),
            Periods = [DefaultRegimes.Commune.Periods[0] with { Dues = new Dictionary<ReportLevel, DueRule>() }],
        };

        var errors = RegimeRules.Validate(regime);

        Assert.Equal(
        [
            "Nhập tên chế độ báo cáo.", "Nhập cơ quan nhận báo cáo.", "Chọn đề cương báo cáo trong danh sách.",
            "Kỳ «Quý I/2026»: nhập ít nhất một hạn gửi báo cáo.",
        ], errors);
    }

    [Fact]
    public void A_window_longer_than_a_year_is_refused()
    {
        var period = Q1 with { WindowFrom = new YearDay(1, 1, -1), WindowTo = new YearDay(14, 3) };

        Assert.Contains("dài quá một năm", Assert.Single(RegimeRules.Validate(period)));
    }

    [Theory]
    [InlineData("15/12", 15, 12)]
    [InlineData("5/3", 5, 3)]
    [InlineData(" 29/02 ", 29, 2)]
    public void A_day_and_month_typed_as_dd_mm_is_read(string text, int day, int month) =>
        Assert.Equal(new YearDay(day, month), YearDay.Parse(text));

    [Theory]
    [InlineData("31/04")]
    [InlineData("15-12")]
    [InlineData("15/13")]
    [InlineData("")]
    [InlineData(null)]
    public void A_day_that_does_not_exist_or_is_not_dd_mm_is_not_read(string? text) => Assert.Null(YearDay.Parse(text));

    [Fact]
    public void A_regime_s_periods_survive_their_json_unchanged()
    {
        foreach (var regime in DefaultRegimes.All)
        {
            var back = RegimeJson.ReadPeriods(RegimeJson.WritePeriods(regime.Periods));

            Assert.Equal(regime.Periods.Count, back.Count);
            for (var i = 0; i < back.Count; i++)
            {
                Assert.Equal(regime.Periods[i] with { Dues = back[i].Dues }, back[i]);
                Assert.Equal(regime.Periods[i].Dues.OrderBy(d => d.Key), back[i].Dues.OrderBy(d => d.Key));
            }
        }

        Assert.Equal(DefaultRegimes.Bnv581.Annex.ByUnitType, RegimeJson.ReadKeys(RegimeJson.WriteKeys(DefaultRegimes.Bnv581.Annex.ByUnitType)));
    }

    [Fact]
    public void Every_template_a_regime_may_choose_has_a_vietnamese_name()
    {
        foreach (var key in ReportTemplateLabels.Outlines.Concat(ReportTemplateLabels.Annexes))
        {
            Assert.NotEqual("Mẫu khác", ReportTemplateLabels.Label(key));
            Assert.DoesNotContain(key, ReportTemplateLabels.Label(key), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_regime_that_applies_to_no_level_or_to_agencies_is_refused_in_vietnamese()
    {
        var none = RegimeRules.Validate(DefaultRegimes.Commune with { AppliesTo = [] });
        var agencies = RegimeRules.Validate(DefaultRegimes.Bnv581 with { AppliesTo = [GovernmentLevel.Province, GovernmentLevel.Agency] });

        Assert.Equal("Chọn ít nhất một cấp chính quyền áp dụng chế độ báo cáo (cấp tỉnh, cấp huyện hoặc cấp xã).", Assert.Single(none));
        Assert.Contains("cơ quan chuyên môn báo cáo theo chế độ của chính quyền mình", Assert.Single(agencies), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_regimes_state_their_reporting_units_a_province_under_581_and_districts_and_communes_under_the_commune_regime()
    {
        Assert.Equal([GovernmentLevel.Province], DefaultRegimes.Bnv581.AppliesTo);
        Assert.Equal([GovernmentLevel.District, GovernmentLevel.Commune], DefaultRegimes.Commune.AppliesTo);
        Assert.All(Enum.GetValues<GovernmentLevel>(), level =>
            Assert.True(DefaultRegimes.All.Count(r => r.AppliesToLevel(level)) == (DefaultRegimes.ReportingLevels.Contains(level) ? 1 : 0), level.ToString()));
    }
}
