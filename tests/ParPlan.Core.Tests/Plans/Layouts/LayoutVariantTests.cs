using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using Xunit.Abstractions;

namespace ParPlan.Core.Tests.Plans.Layouts;

/// <summary>
/// Each gold plan rendered in many table layouts (column orders and subsets, numbered and two-row headers, the
/// nine-column framework with merged sub-rows, lettered sub-groups, repeated headers, a landscape annex, an empty column,
/// a table split across sections), as DOCX and as the PDF LibreOffice prints, reads back to what the layout shows.
/// </summary>
public class LayoutVariantTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in VariantFiles.Seeds)
        {
            foreach (var layout in PlanLayout.All)
            {
                data.Add(seed, layout.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_docx_variant_reads_back_its_tasks_leads_schedules_and_targets(string seed, string layout)
    {
        var (docx, expected) = VariantFiles.Render(seed, layout);

        var parsed = PlanParser.Parse(DocumentReader.Read(docx, "plan.docx"));

        AssertScore("docx", seed, layout, expected, parsed);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_pdf_variant_printed_by_libreoffice_reads_back_its_tasks_leads_schedules_and_targets(string seed, string layout)
    {
        var (_, expected) = VariantFiles.Render(seed, layout);

        var parsed = PlanParser.Parse(DocumentReader.Read(VariantFiles.Pdf(seed, layout), "plan.pdf"));

        AssertScore("pdf", seed, layout, expected, parsed);
    }

    public static TheoryData<string, string> TextVariants()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in VariantFiles.Seeds)
        {
            foreach (var layout in PlanLayout.All.Where(l => l.TextExtraction))
            {
                data.Add(seed, layout.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextVariants))]
    public void A_text_extraction_variant_reads_back_its_tasks_leads_schedules_and_targets(string seed, string layout)
    {
        var (_, expected) = VariantFiles.Render(seed, layout);

        var parsed = PlanParser.Parse(TextDocumentReader.FromText(VariantFiles.Text(seed, layout)));

        AssertScore("text", seed, layout, expected, parsed);
    }

    [Theory]
    [MemberData(nameof(TextVariants))]
    public void A_text_extraction_with_the_cells_of_a_row_interleaved_line_by_line_reads_back_its_tasks_leads_schedules_and_targets(string seed, string layout)
    {
        var (_, expected) = VariantFiles.Render(seed, layout);

        var parsed = PlanParser.Parse(TextDocumentReader.FromText(VariantFiles.Text(seed, layout, interleaved: true)));

        var name = $"{seed[..3]}-{layout}";
        if (!InterleavedKnownGaps.Floors.TryGetValue(name, out var floor))
        {
            AssertScore("interleaved", seed, layout, expected, parsed);
            return;
        }

        // A known gap (below the thresholds): held to the scores it reached, to the printed precision.
        var score = VariantScore.Of(expected, parsed);
        output.WriteLine($"SCORE interleaved {seed[..3]} {layout}: {score.Summary} (known gap)");
        const double printed = 0.0005;
        Assert.False(score.MeetsThresholds, $"interleaved {name} now meets the thresholds: take it off {nameof(InterleavedKnownGaps)}");
        Assert.True(score.Recall >= floor.Recall - printed && score.Precision >= floor.Precision - printed && score.Lead >= floor.Lead - printed
                    && score.Schedule >= floor.Schedule - printed && score.Targets >= floor.Targets - printed,
            $"interleaved {name} reads worse than its floor {floor}: {score.Summary}");
    }

    private void AssertScore(string format, string seed, string layout, PlanDocument expected, PlanDocument parsed)
    {
        var score = VariantScore.Of(expected, parsed);
        output.WriteLine($"SCORE {format} {seed[..3]} {layout}: {score.Summary}");
        foreach (var miss in score.Misses.Take(40))
        {
            output.WriteLine("  " + miss);
        }

        Assert.True(score.MeetsThresholds, $"{format} {seed} {layout}: {score.Summary}");
    }
}
