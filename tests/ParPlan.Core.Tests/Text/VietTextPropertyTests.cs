using CsCheck;
using ParPlan.Core.Text;

namespace ParPlan.Core.Tests.Text;

public class VietTextPropertyTests
{
    private const string Alphabet = "aăâeêioôơuưyđĐAĂÂEÊIOÔƠUƯYbcdghklmnpqrstvx ̣́̀̉̃  \n-–/0123456789СР";

    [Fact]
    public void Normalize_is_idempotent()
    {
        Gen.Char[Alphabet].Array[0, 60].Select(c => new string(c)).Sample(text =>
        {
            var once = VietText.Normalize(text);

            Assert.Equal(once, VietText.Normalize(once));
        });
    }

    [Fact]
    public void Fold_ignores_case_diacritics_and_spacing()
    {
        Gen.OneOf("Cải cách hành chính", "Phòng Văn hoá – Xã hội", "Uỷ ban nhân dân", "tỷ lệ hồ sơ", "Quý IV năm 2025")
            .Select(Gen.Bool, Gen.OneOf(" ", "  ", "\n", " \t")).Sample((text, upper, space) =>
            {
                var variant = (upper ? text.ToUpperInvariant() : text.ToLowerInvariant()).Replace(" ", space, StringComparison.Ordinal);

                Assert.Equal(VietText.Fold(text), VietText.Fold(variant));
                Assert.True(VietText.Fold(variant).All(c => c < 128), VietText.Fold(variant));
            });
    }

    [Fact]
    public void JoinWrapped_never_leaves_double_spaces_or_line_breaks()
    {
        Gen.String[Alphabet].Array[0, 6].Sample(lines =>
        {
            var joined = VietText.JoinWrapped(lines);

            Assert.DoesNotContain("  ", joined, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', joined);
        });
    }
}
