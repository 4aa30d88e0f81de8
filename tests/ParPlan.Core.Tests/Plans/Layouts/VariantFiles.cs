using System.Collections.Concurrent;
using System.Diagnostics;
using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Layouts;

/// <summary>
/// The layout-variant corpus: every gold plan in every <see cref="PlanLayout"/>, as DOCX and, printed by LibreOffice in
/// one call for the whole corpus, as PDF. Built once per test run and shared by the tests.
/// </summary>
public static class VariantFiles
{
    public static IReadOnlyList<string> Seeds { get; } = ["000_c84c89f6dfc790e7", "002_82c4b63d1339515c", "003_32a0243e7cf70bca"];

    private static readonly ConcurrentDictionary<(string, string), (byte[] Docx, PlanDocument Expected)> Docx = new();
    private static readonly Lazy<string> PdfFolder = new(PrintAll, LazyThreadSafetyMode.ExecutionAndPublication);

    public static (byte[] Docx, PlanDocument Expected) Render(string seed, string layout) => Docx.GetOrAdd((seed, layout), key =>
    {
        var gold = PlanTestData.Gold(key.Item1);
        var plan = PlanLayout.All.Single(l => l.Name == key.Item2);
        var (groups, expected) = LayoutModel.Arrange(gold, plan);
        return (LayoutDocxWriter.Write(gold, plan, groups), expected);
    });

    /// <summary>The variant as a text extraction gives it (cells one after another, wrapped to their column widths).</summary>
    public static string Text(string seed, string layout, bool interleaved = false)
    {
        var gold = PlanTestData.Gold(seed);
        var plan = PlanLayout.All.Single(l => l.Name == layout);
        var (groups, _) = LayoutModel.Arrange(gold, plan);
        return LayoutTextWriter.Write(gold, plan, groups, Render(seed, layout).Docx, interleaved);
    }

    public static string FileName(string seed, string layout) => $"{seed[..3]}-{layout}";

    public static byte[] Pdf(string seed, string layout) => File.ReadAllBytes(Path.Combine(PdfFolder.Value, FileName(seed, layout) + ".pdf"));

    /// <summary>Writes every variant's DOCX and converts them all with one headless LibreOffice run (a private profile).
    /// LibreOffice is required, not optional: the test script installs it.</summary>
    private static string PrintAll()
    {
        var folder = Directory.CreateTempSubdirectory("parplan-variants-").FullName;
        var files = new List<string>();
        foreach (var seed in Seeds)
        {
            foreach (var layout in PlanLayout.All)
            {
                var path = Path.Combine(folder, FileName(seed, layout.Name) + ".docx");
                File.WriteAllBytes(path, Render(seed, layout.Name).Docx);
                files.Add(path);
            }
        }

        var profile = Path.Combine(folder, "profile");
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--headless", $"-env:UserInstallation=file://{profile}", "--convert-to", "pdf", "--outdir", folder }.Concat(files))
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("soffice did not print the variants within 8 minutes");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"soffice failed: {stdout.Result} {stderr.Result}");
            }
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("soffice (LibreOffice, apt libreoffice-writer-nogui) is required for the PDF variants; scripts/test.sh installs it: " + ex.Message, ex);
        }

        return folder;
    }
}
