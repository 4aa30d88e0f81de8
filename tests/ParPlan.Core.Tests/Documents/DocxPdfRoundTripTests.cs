using System.Diagnostics;
using ParPlan.Core.Documents;
using ParPlan.Core.Plans;
using ParPlan.Core.Tests.Plans;
using Xunit.Abstractions;

namespace ParPlan.Core.Tests.Documents;

/// <summary>A plan written as a real Word table, and the PDF LibreOffice prints from it, parse to the same tasks.</summary>
public class DocxPdfRoundTripTests(ITestOutputHelper output)
{
    public static TheoryData<string, bool> Plans => new() { { "002_82c4b63d1339515c", false }, { "003_32a0243e7cf70bca", true } };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Docx_with_real_word_tables_parses_to_the_plan_tasks(string seed, bool fiveColumns)
    {
        var gold = LoadGold(seed);
        var bytes = GoldDocxBuilder.Build(gold, fiveColumns);

        var parsed = PlanParser.Parse(DocumentReader.Read(bytes, "plan.docx"));

        AssertSameTasks(gold, parsed, "docx");
        Assert.Equal(gold.Header.Issuer, parsed.Header.Issuer);
        Assert.Equal(gold.Header.Number, parsed.Header.Number);
        Assert.Equal(gold.Areas.Select(a => a.Code), parsed.Areas.Select(a => a.Code));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Pdf_printed_by_libreoffice_from_the_docx_parses_to_the_same_tasks(string seed, bool fiveColumns)
    {
        var gold = LoadGold(seed);
        var work = Directory.CreateTempSubdirectory("parplan-pdf-");
        try
        {
            var docx = Path.Combine(work.FullName, "plan.docx");
            File.WriteAllBytes(docx, GoldDocxBuilder.Build(gold, fiveColumns));
            ConvertToPdf(docx, work.FullName);
            var pdf = Path.Combine(work.FullName, "plan.pdf");

            var fromPdf = PlanParser.Parse(DocumentReader.ReadFile(pdf));
            var fromDocx = PlanParser.Parse(DocumentReader.ReadFile(docx));

            AssertSameTasks(fromDocx, fromPdf, "pdf vs docx");
            AssertSameTasks(gold, fromPdf, "pdf vs gold");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static PlanDocument LoadGold(string seed) => PlanJson.Deserialize(File.ReadAllText(Path.Combine(RepoPaths.Gold, seed + ".json")))!;

    private void AssertSameTasks(PlanDocument expected, PlanDocument actual, string what)
    {
        var differences = new List<string>();
        foreach (var (e, a) in expected.Tasks.Zip(actual.Tasks))
        {
            if (e.Ref != a.Ref || GoldScore.Fold(e.Title) != GoldScore.Fold(a.Title) || GoldScore.Key(e.Lead) != GoldScore.Key(a.Lead)
                || GoldScore.Key(e.Support) != GoldScore.Key(a.Support) || GoldScore.ScheduleKey(e.Schedule) != GoldScore.ScheduleKey(a.Schedule))
            {
                differences.Add($"{e.Ref}/{a.Ref}: '{a.Title}' lead [{string.Join("; ", a.Lead)}] support [{string.Join("; ", a.Support)}] {GoldScore.ScheduleKey(a.Schedule)}"
                                + $" — expected '{e.Title}' [{string.Join("; ", e.Lead)}] [{string.Join("; ", e.Support)}] {GoldScore.ScheduleKey(e.Schedule)}");
            }
        }

        foreach (var d in differences)
        {
            output.WriteLine($"{what}: {d}");
        }

        Assert.Equal(expected.Tasks.Count, actual.Tasks.Count);
        Assert.Empty(differences);
    }

    /// <summary>LibreOffice headless with a private profile; fails (does not skip) when soffice is missing, as CI installs it.</summary>
    private static void ConvertToPdf(string docx, string outDir)
    {
        var profile = Path.Combine(Path.GetTempPath(), "lo-parplan-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", outDir, docx })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "soffice did not finish within 3 minutes");
            Assert.True(process.ExitCode == 0, $"soffice failed: {stdout.Result} {stderr.Result}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail("soffice (LibreOffice, apt libreoffice-writer-nogui) is required for this test: " + ex.Message);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }

        Assert.True(File.Exists(Path.ChangeExtension(docx, ".pdf")), "soffice produced no PDF");
    }
}
