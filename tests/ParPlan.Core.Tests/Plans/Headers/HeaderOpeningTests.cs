using ParPlan.Core.Documents;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Headers;

/// <summary>The header facts (kind, level, number, date, issuer) of document openings from every source.</summary>
public class HeaderOpeningTests
{
    public static TheoryData<DocumentOpening> Openings()
    {
        var data = new TheoryData<DocumentOpening>();
        foreach (var opening in DocumentOpenings.All.Concat(ReprintedOpenings.All).Concat(JoinedAndWrappedOpenings.All))
        {
            data.Add(opening);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Openings))]
    public void An_opening_gives_its_kind_level_number_date_and_issuer(DocumentOpening opening)
    {
        var header = PlanParser.Parse(TextDocumentReader.FromText(opening.Text)).Header;

        Assert.Equal(
            (opening.Kind, opening.Level, opening.Number, opening.IssuedOn, opening.Issuer ?? header.Issuer),
            (header.Kind, header.Level, header.Number, header.IssuedOn, header.Issuer));
    }
}
