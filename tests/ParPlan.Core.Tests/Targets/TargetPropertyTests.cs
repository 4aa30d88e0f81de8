using CsCheck;
using ParPlan.Core.Plans;
using ParPlan.Core.Targets;

namespace ParPlan.Core.Tests.Targets;

public class TargetPropertyTests
{
    private static readonly TargetContext Context = new(null, "generated", 2026);

    [Fact]
    public void A_percentage_with_a_cue_is_read_with_the_cue_comparator_in_any_spacing_or_case()
    {
        var cues = Gen.OneOf(
            ("đạt tối thiểu {0}%", Comparators.AtLeast),
            ("đạt ít nhất {0} %", Comparators.AtLeast),
            ("đạt từ {0}% trở lên", Comparators.AtLeast),
            ("đạt {0}%", Comparators.AtLeast),
            ("đạt trên {0}%", Comparators.MoreThan),
            ("không quá {0}%", Comparators.AtMost),
            ("dưới {0} %", Comparators.LessThan));
        var subjects = Gen.OneOf("Tỷ lệ hồ sơ trực tuyến", "tỉ lệ TTHC giải quyết đúng hạn", "Mức độ hài lòng của người dân");
        Gen.Select(cues, subjects, Gen.Int[1, 100], Gen.Bool, Gen.OneOf("", ".", ";")).Sample((cue, subject, value, upper, end) =>
        {
            var phrase = string.Format(System.Globalization.CultureInfo.InvariantCulture, cue.Item1, value);
            var sentence = $"- {subject} {phrase}{end}";

            var target = Assert.Single(TargetExtractor.Extract(upper ? sentence.ToUpperInvariant() : sentence, Context));

            Assert.Equal((cue.Item2, (decimal)value, "%"), (target.Comparator, target.Value, target.Unit));
            Assert.False(target.Stretch);
        });
    }

    [Fact]
    public void Values_per_level_give_one_entry_per_level_in_order()
    {
        var levels = Gen.OneOf(("cấp tỉnh", GovernmentLevel.Province), ("cấp huyện", GovernmentLevel.District), ("cấp xã", GovernmentLevel.Commune));
        Gen.Select(levels.Array[1, 3], Gen.Int[1, 100], Gen.OneOf("; ", ", ")).Sample((chosen, value, separator) =>
        {
            var parts = chosen.Select((l, i) => $"{l.Item1} {value + i}%");
            var sentence = $"Ký số văn bản theo tỷ lệ: {string.Join(separator, parts)}";

            var targets = TargetExtractor.Extract(sentence, Context);

            Assert.Equal(chosen.Select(l => (GovernmentLevel?)l.Item2), targets.Select(t => t.Level));
            Assert.Equal(chosen.Select((_, i) => (decimal)(value + i)), targets.Select(t => t.Value));
            Assert.All(targets, t => Assert.StartsWith("Ký số văn bản theo tỷ lệ: ", t.Text, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Extract_never_throws_on_arbitrary_text_and_only_reports_contract_comparators()
    {
        var alphabet = "Tỷ lệ đạt tối thiểu trên dưới giảm so với năm phấn đấu cấp huyện xã: ; , . ( ) - % 0123456789 / triệu đồng trở lên";
        Gen.Char[alphabet].Array[0, 80].Select(chars => new string(chars)).Sample(sentence =>
        {
            var targets = TargetExtractor.Extract(sentence, Context);

            Assert.All(targets, t => Assert.Contains(t.Comparator, Comparators.All));
            Assert.All(targets, t => Assert.False(string.IsNullOrWhiteSpace(t.Text)));
        });
    }
}
