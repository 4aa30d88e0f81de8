using System.Text.RegularExpressions;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Indicators;
using ParPlan.Core.Labels;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Labels;

/// <summary>Every code of the indicator and dossier vocabularies has a Vietnamese label, none of which is the code,
/// an enum name or an English word.</summary>
public sealed partial class IndicatorVocabularyLabelsTests
{
    [GeneratedRegex("[À-ỹ]")]
    private static partial Regex VietnameseLetter();

    private static void AssertVietnamese(string label, string code)
    {
        Assert.False(string.IsNullOrWhiteSpace(label), code);
        Assert.NotEqual(code, label);
        Assert.DoesNotContain(".", label.TrimEnd('.'), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_dossier_status_has_a_vietnamese_label_by_enum_contract_code_and_enum_name()
    {
        foreach (var status in Enum.GetValues<DossierStatus>())
        {
            var label = DossierStatusLabels.Label(status);
            AssertVietnamese(label, status.ToString());
            Assert.Matches(VietnameseLetter(), label);
            Assert.Equal(label, DossierStatusLabels.Label(status.ToCode()));
            Assert.Equal(label, DossierStatusLabels.Label(status.ToString()));
        }

        Assert.Equal(Enum.GetValues<DossierStatus>().Length, Enum.GetValues<DossierStatus>().Select(DossierStatusLabels.Label).Distinct().Count());
        Assert.Equal("Đã trả kết quả", DossierStatusLabels.Label("Returned"));
        Assert.Equal("Không rõ trạng thái", DossierStatusLabels.Label("Nonsense"));
    }

    [Fact]
    public void Every_decision_766_group_and_the_total_have_a_vietnamese_label_by_their_stored_code()
    {
        string[] stored = ["publicity", "progress", "digitisation", "onlineservices", "satisfaction", "total"];
        foreach (var code in stored)
        {
            var label = Decision766GroupLabels.Label(code);
            AssertVietnamese(label, code);
            Assert.NotEqual("Nhóm chỉ số khác", label);
        }

        foreach (var group in Enum.GetValues<Decision766Group>())
        {
            Assert.Contains(Decision766GroupLabels.Code(group), stored);
            Assert.Equal(Decision766GroupLabels.Label(group), Decision766GroupLabels.Label(Decision766GroupLabels.Code(group)));
        }

        Assert.Equal("Cung cấp dịch vụ trực tuyến", Decision766GroupLabels.Label("onlineservices"));
    }

    [Fact]
    public void Every_indicator_of_the_catalogue_is_labelled_by_its_name_never_its_code()
    {
        foreach (var definition in IndicatorCatalog.All)
        {
            var label = IndicatorLabels.Label(definition.Code);
            AssertVietnamese(label, definition.Code);
            Assert.Matches(VietnameseLetter(), label);
            Assert.DoesNotContain(definition.Code, label, StringComparison.Ordinal);
        }

        Assert.Equal(IndicatorLabels.Unknown, IndicatorLabels.Label("dossier.gone"));
    }

    [Fact]
    public void Every_comparator_of_the_plan_contract_has_a_sign_and_words()
    {
        foreach (var code in Comparators.All)
        {
            Assert.NotEqual("?", ComparatorLabels.Label(code));
            Assert.NotEqual("không rõ", ComparatorLabels.Words(code));
            Assert.DoesNotContain("reduce", ComparatorLabels.Label(code) + ComparatorLabels.Words(code), StringComparison.Ordinal);
        }

        Assert.Equal("≥", ComparatorLabels.Label(">="));
        Assert.Equal("giảm", ComparatorLabels.Label("reduce-by"));
    }

    [Fact]
    public void Every_attainment_status_has_a_distinct_vietnamese_label()
    {
        var labels = Enum.GetValues<AttainmentStatus>().Select(AttainmentLabels.Label).ToList();
        Assert.All(labels, l => Assert.DoesNotMatch("^(Met|AtRisk|Missed|NoData)$", l));
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Equal("Có nguy cơ", AttainmentLabels.Label(AttainmentStatus.AtRisk));
    }
}
