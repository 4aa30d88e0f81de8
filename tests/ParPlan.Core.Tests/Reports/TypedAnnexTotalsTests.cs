using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Reports;

public class TypedAnnexTotalsTests
{
    private static readonly IReadOnlyList<TypedAnnexRow> Template = AnnexTemplates.TypedRows(DefaultRegimes.GovernmentAnnex);

    private static IReadOnlyList<TypedAnnexRow> Typed(params (string Code, decimal Value)[] values) =>
        AnnexTemplates.Merge(DefaultRegimes.GovernmentAnnex, values.Select(v => Template.Single(r => r.Code == v.Code) with { Value = v.Value }));

    [Fact]
    public void Counts_are_summed_over_the_children_that_typed_them_and_rates_are_never_summed()
    {
        var sums = TypedAnnexTotals.Sum([Typed(("inspection.units", 3), ("digital.signed", 90)), Typed(("inspection.units", 4), ("digital.signed", 70)), Typed()]);

        var units = Assert.Single(sums);
        Assert.Equal("inspection.units", units.Code);
        Assert.Equal(7, units.Value);
        Assert.Equal("Tổng hợp từ 2 đơn vị", units.Note);
    }

    [Fact]
    public void A_governments_empty_row_takes_its_childrens_sum_and_a_typed_one_keeps_its_own_value()
    {
        var sums = TypedAnnexTotals.Sum([Typed(("inspection.units", 3), ("procedures.published", 10)), Typed(("inspection.units", 4), ("procedures.published", 5))]);
        var own = Typed(("procedures.published", 40));

        var printed = TypedAnnexTotals.Fill(own, sums);

        Assert.Equal(7, printed.Single(r => r.Code == "inspection.units").Value);
        Assert.Equal("Tổng hợp từ 2 đơn vị", printed.Single(r => r.Code == "inspection.units").Note);
        Assert.Equal(40, printed.Single(r => r.Code == "procedures.published").Value);
        Assert.Null(printed.Single(r => r.Code == "digital.signed").Value);
    }
}
