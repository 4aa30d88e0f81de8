using System.Globalization;
using System.Text;
using ParPlan.Core.Text;

namespace ParPlan.Core.Tests.Text;

public class VietTextTests
{
    [Theory]
    [InlineData("Nghi \u0323 quyết", "Nghị quyết")]
    [InlineData("chất lươn\u0323g", "chất lượng")]
    [InlineData("các hê \u0323thống", "các hệ thống")]
    [InlineData("thưc\u0323 hiên\u0323", "thực hiện")]
    [InlineData("Đẩy man\u0323h thưc\u0323 hiên\u0323 Nghi \u0323 đin\u0323h", "Đẩy mạnh thực hiện Nghị định")]
    [InlineData("viêc\u0323", "việc")]
    [InlineData("kiến nghi \u0323", "kiến nghị")]
    [InlineData("tiếp nhân\u0323,", "tiếp nhận,")]
    [InlineData("hoan\u0300 thanh\u0300", "hoàn thành")]
    [InlineData("quyêt\u0301", "quyết")]
    public void Normalize_moves_detached_and_misplaced_marks_onto_the_tone_vowel(string extracted, string expected)
    {
        Assert.Equal(expected, VietText.Normalize(extracted));
    }

    [Fact]
    public void Normalize_composes_decomposed_text_to_NFC()
    {
        var decomposed = "Cải cách hành chính".Normalize(NormalizationForm.FormD);

        var normalized = VietText.Normalize(decomposed);

        Assert.Equal("Cải cách hành chính", normalized);
        Assert.True(normalized.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("NĐ-\u0421\u0420", "NĐ-CP")]
    [InlineData("\u0422\u0422H\u0421", "TTHC")]
    [InlineData("Quyết định số 76/NQ-\u0421P", "Quyết định số 76/NQ-CP")]
    [InlineData("UBND huy\u0435n", "UBND huyen")]
    public void Normalize_folds_Cyrillic_look_alikes_inside_Latin_words_and_codes(string text, string expected)
    {
        Assert.Equal(expected, VietText.Normalize(text));
    }

    [Theory]
    [InlineData("Москва")]
    [InlineData("СССР")]
    public void Normalize_leaves_a_word_without_Latin_letters_alone(string word)
    {
        Assert.Equal(word, VietText.Normalize(word));
    }

    [Fact]
    public void Normalize_keeps_lines_but_collapses_spaces_and_removes_invisible_characters()
    {
        var text = "UBND  huyện\u00A0Vĩnh Linh   \r\nQuyết\u200B  định \t\n";

        Assert.Equal("UBND huyện Vĩnh Linh\nQuyết định\n", VietText.Normalize(text));
    }

    [Fact]
    public void Normalize_leaves_every_mark_of_the_D0_seed_composed()
    {
        var seed = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_c84c89f6dfc790e7.txt"));

        var normalized = VietText.Normalize(seed);

        Assert.DoesNotContain(normalized, c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
        Assert.Contains("Đẩy mạnh thực hiện Nghị định", normalized, StringComparison.Ordinal);
        Assert.Contains("các hệ thống", normalized, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_and_Fold_survive_emoji_and_broken_surrogates()
    {
        var text = "Tỷ lệ 😀 đạt \uD800 80%";

        Assert.Equal("Tỷ lệ 😀 đạt \uFFFD 80%", VietText.Normalize(text));
        Assert.Equal("ti le 😀 dat \uFFFD 80%", VietText.Fold(text));
    }

    [Fact]
    public void CollapseWhitespace_turns_every_run_into_one_space_and_trims()
    {
        Assert.Equal("Nhiệm vụ thường xuyên", VietText.CollapseWhitespace("  Nhiệm vụ \n thường\t\txuyên \n"));
    }

    [Theory]
    [InlineData("cai cach thu tuc", "cải cách thủ tục")]
    [InlineData("Phòng Văn hoá – Xã hội", "Phòng Văn hóa - Xã hội")]
    [InlineData("Uỷ ban nhân dân", "Ủy ban nhân dân")]
    [InlineData("tỷ lệ", "tỉ lệ")]
    [InlineData("quy định", "qui định")]
    [InlineData("ĐIỀU HÀNH", "điều  hành")]
    [InlineData("Nghi \u0323 quyết", "Nghị quyết")]
    [InlineData("NĐ-\u0421\u0420", "nd-cp")]
    public void Fold_makes_spelling_variants_equal(string left, string right)
    {
        Assert.Equal(VietText.Fold(left), VietText.Fold(right));
    }

    [Fact]
    public void Fold_gives_a_lower_case_key_without_diacritics()
    {
        Assert.Equal("cai cach thu tuc hanh chinh - dot", VietText.Fold("  Cải cách THỦ TỤC\nhành chính — ĐỢT "));
    }

    [Fact]
    public void Fold_keeps_different_words_apart()
    {
        Assert.Equal("y te", VietText.Fold("Y tế"));
        Assert.NotEqual(VietText.Fold("huyện"), VietText.Fold("xã"));
    }
}
