using ParPlan.Core.Records;
using ParPlan.Core.Reports;

namespace ParPlan.Core.Tests.Reports;

public class RecordAnnexRowsTests
{
    private static readonly RecordFigures Figures = new(
        Feedback: new FeedbackRates(4, 2, 2, 1, 1),
        Apologies: new ApologyCompliance(3, 2),
        Dialogues: new DialogueFigures(1, 4, 1, 3, 2),
        Initiatives: new InitiativeFigures(2, 1),
        Commitments: new CommitmentFigures(4, 1),
        Remediation: new RemediationFigures(4, 2, 1),
        Survey: new SurveyFigures(1, 2, [new SectorShortfall("Đất đai", 80.5m, 85m)]));

    [Fact]
    public void Every_record_row_of_the_government_annex_is_filled_and_marked_computed_unless_the_officer_typed_it()
    {
        var rows = AnnexTemplates.Merge(DefaultRegimes.GovernmentAnnex, [new TypedAnnexRow("initiative.proposed", "direction", "", "", 7, "Theo sổ của Sở")]);

        var filled = RecordAnnexRows.Prefill(rows, Figures);

        Assert.All(filled.Where(r => RecordAnnexRows.Definitions.Any(d => d.Code == r.Code) && r.Code != "initiative.proposed"), r =>
        {
            Assert.True(r.Computed, r.Code);
            Assert.NotNull(r.Value);
            Assert.Equal(RecordAnnexRows.Note, r.Note);
        });
        var typed = filled.Single(r => r.Code == "initiative.proposed");
        Assert.Equal((7m, false, "Theo sổ của Sở"), (typed.Value!.Value, typed.Computed, typed.Note));
        Assert.Equal(1m, filled.Single(r => r.Code == "survey.below-floor").Value);
        Assert.Equal(2m, filled.Single(r => r.Code == "late.apologised").Value);
        Assert.False(filled.Single(r => r.Code == "digital.signed").Computed);
    }

    [Fact]
    public void An_agencys_annex_has_its_record_rows_but_no_dialogue_held_and_no_survey()
    {
        var codes = AnnexTemplates.TypedRows(DefaultRegimes.AgencyAnnex).Select(r => r.Code).ToList();

        Assert.Contains("feedback.on-time-rate", codes);
        Assert.Contains("dialogue.overdue", codes);
        Assert.Contains("par.accepted", codes);
        Assert.DoesNotContain("dialogue.held", codes);
        Assert.DoesNotContain("survey.below-floor", codes);
    }

    [Fact]
    public void A_rate_without_a_denominator_stays_empty_and_typeable()
    {
        var filled = RecordAnnexRows.Prefill(AnnexTemplates.TypedRows(DefaultRegimes.GovernmentAnnex), new RecordFigures(Feedback: new FeedbackRates(0, 0, 0, 0, 2)));

        Assert.Equal(2m, filled.Single(r => r.Code == "procedures.feedback").Value);
        Assert.Null(filled.Single(r => r.Code == "feedback.on-time-rate").Value);
        Assert.False(filled.Single(r => r.Code == "feedback.on-time-rate").Computed);
    }

    [Fact]
    public void A_consolidation_sums_the_childrens_record_counts_and_recomputes_their_rates_from_the_sums()
    {
        var template = AnnexTemplates.TypedRows(DefaultRegimes.GovernmentAnnex);
        var a = RecordAnnexRows.Prefill(template, new RecordFigures(Feedback: new FeedbackRates(10, 9, 1, 0, 0)));   // 90%, 90%
        var b = RecordAnnexRows.Prefill(template, new RecordFigures(Feedback: new FeedbackRates(90, 9, 45, 0, 0)));  // 10%, 50%

        var sums = TypedAnnexTotals.Sum([a, b]);

        Assert.Equal(100m, sums.Single(r => r.Code == "feedback.within").Value);
        Assert.Equal(18m, sums.Single(r => r.Code == "feedback.on-time").Value);
        Assert.Equal(18m, sums.Single(r => r.Code == "feedback.on-time-rate").Value);
        Assert.Equal(54m, sums.Single(r => r.Code == "feedback.satisfaction-rate").Value);
        Assert.Single(sums, r => r.Code == "feedback.on-time-rate");
    }

    [Fact]
    public void Computed_rows_survive_their_json_with_their_mark()
    {
        var rows = RecordAnnexRows.Prefill(AnnexTemplates.TypedRows(DefaultRegimes.GovernmentAnnex), Figures);

        Assert.Equal(rows, AnnexTemplates.FromJson(AnnexTemplates.ToJson(rows)));
        Assert.Equal(rows, AnnexTemplates.Merge(DefaultRegimes.GovernmentAnnex, rows));
    }
}
