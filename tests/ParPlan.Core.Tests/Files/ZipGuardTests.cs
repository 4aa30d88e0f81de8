using System.Diagnostics;
using ParPlan.Core.Documents;
using ParPlan.Core.Dossiers;
using ParPlan.Core.Files;

namespace ParPlan.Core.Tests.Files;

public class ZipGuardTests
{
    private static readonly Lazy<byte[]> DocxBomb = new(() => ZipBombs.Docx(300L * 1024 * 1024));

    [Fact]
    public void A_docx_bomb_is_refused_from_its_declared_sizes_before_word_opens_it()
    {
        var bomb = DocxBomb.Value;
        var watch = Stopwatch.StartNew();

        var ex = Assert.Throws<DocumentReadException>(() => DocumentReader.Read(bomb, "ke-hoach.docx"));

        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal(UnreadableReason.TooLarge, ex.Reason);
        Assert.Contains("bom nén", ex.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Plan_parse_on_the_command_line_refuses_a_docx_bomb_with_exit_code_2_and_the_reason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bom-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(file, DocxBomb.Value);
        try
        {
            var outcome = ParPlan.Core.Plans.PlanParseRunner.Run([file, "--json"]);

            Assert.Equal(2, outcome.ExitCode);
            Assert.Empty(outcome.Stdout);
            Assert.Contains("bom nén", outcome.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_part_compressed_beyond_the_ratio_is_refused_even_under_the_total()
    {
        var bomb = ZipBombs.Docx(20L * 1024 * 1024);

        var ex = Assert.Throws<UnsafeFileException>(() => ZipGuard.Check(new MemoryStream(bomb), new ZipLimits(100, 64L * 1024 * 1024, 100), "DOCX"));

        Assert.Equal(UnsafeFileReason.CompressionRatio, ex.Reason);
        Assert.Contains("word/document.xml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_of_too_many_entries_is_refused()
    {
        var zip = ZipBombs.ManyEntries(5_000);

        var ex = Assert.Throws<UnsafeFileException>(() => ZipGuard.Check(new MemoryStream(zip), ZipLimits.WordDefaults, "DOCX"));

        Assert.Equal(UnsafeFileReason.TooManyEntries, ex.Reason);
        Assert.Contains("vượt giới hạn 1.000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_that_declares_less_than_it_holds_is_refused_by_counting_what_it_really_holds()
    {
        var lying = ZipBombs.LyingDocx(4 * 1024 * 1024, declared: 1024);

        var ex = Assert.Throws<UnsafeFileException>(() => ZipGuard.Check(new MemoryStream(lying), ZipLimits.WordDefaults, "DOCX"));

        Assert.Contains(ex.Reason, new[] { UnsafeFileReason.SizeMismatch, UnsafeFileReason.Corrupt });
        Assert.Contains("DOCX", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lying_archive_is_counted_against_the_total_even_when_each_part_looks_small()
    {
        var lying = ZipBombs.LyingDocx(4 * 1024 * 1024, declared: 4 * 1024 * 1024);

        var ex = Assert.Throws<UnsafeFileException>(() => ZipGuard.Check(new MemoryStream(lying), new ZipLimits(100, 2L * 1024 * 1024, 1000), "DOCX"));

        Assert.Equal(UnsafeFileReason.TooLarge, ex.Reason);
    }

    [Fact]
    public void A_real_plan_in_word_passes_and_reads_as_before()
    {
        var docx = Documents.GoldDocxBuilder.Build(Plans.PlanTestData.Gold("003_32a0243e7cf70bca"), fiveColumns: true);
        var stream = new MemoryStream(docx);

        ZipGuard.Check(stream, ZipLimits.WordDefaults, "DOCX");

        Assert.Equal(0, stream.Position);
        Assert.Equal(SourceFormat.Docx, DocumentReader.Read(docx, "ke-hoach.docx").Format);
    }

    [Fact]
    public void Bytes_that_are_no_zip_are_a_damaged_file_in_vietnamese()
    {
        var bytes = "PK\u0003\u0004 nothing else"u8.ToArray();

        var ex = Assert.Throws<UnsafeFileException>(() => ZipGuard.Check(new MemoryStream(bytes), ZipLimits.ExcelDefaults, "XLSX"));

        Assert.Equal(UnsafeFileReason.Corrupt, ex.Reason);
        Assert.StartsWith("Tệp XLSX bị hỏng hoặc không phải XLSX", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xlsx_bomb_is_refused_by_the_dossier_reader_with_a_file_error()
    {
        var bomb = ZipBombs.Xlsx(300L * 1024 * 1024);
        var watch = Stopwatch.StartNew();

        var ex = Assert.Throws<DossierFileException>(() => DossierReader.ReadXlsx(new MemoryStream(bomb)).ToList());

        Assert.Contains("bom nén", ex.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_truncated_xlsx_is_a_file_error_that_says_so_in_vietnamese()
    {
        using var good = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(good, new[] { new Dictionary<string, object?> { ["ma_ho_so"] = "X1" } }, excelType: MiniExcelLibs.ExcelType.XLSX);
        var truncated = good.ToArray()[..(int)(good.Length / 2)];

        var ex = Assert.Throws<DossierFileException>(() => DossierReader.ReadXlsx(new MemoryStream(truncated)).ToList());

        Assert.StartsWith("Tệp XLSX bị hỏng hoặc không phải XLSX", ex.Message, StringComparison.Ordinal);
    }
}
