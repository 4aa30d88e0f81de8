using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Tests.Dossiers;

public class DossierCodesTests
{
    [Theory]
    [InlineData("2025-03-10T08:30", 2025, 3, 10, 1, 30, 0)]
    [InlineData("2025-03-10T08:30:15", 2025, 3, 10, 1, 30, 15)]
    [InlineData("2025-03-10 08:30", 2025, 3, 10, 1, 30, 0)]
    [InlineData("10/03/2025 08:30", 2025, 3, 10, 1, 30, 0)]
    [InlineData("10/03/2025 08:30:15", 2025, 3, 10, 1, 30, 15)]
    [InlineData("1/3/2025 06:05", 2025, 2, 28, 23, 5, 0)]
    [InlineData(" 2025-01-01T00:00 ", 2024, 12, 31, 17, 0, 0)]
    public void Local_instants_in_both_formats_become_utc(string text, int y, int mo, int d, int h, int mi, int s)
    {
        Assert.True(DossierCodes.TryParseLocalInstant(text, out var utc));

        Assert.Equal(new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.Zero), utc);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-13-01T08:00")]
    [InlineData("2025-02-29T08:00")]
    [InlineData("31/04/2025 08:00")]
    [InlineData("2025-03-10")]
    [InlineData("10/03/2025")]
    [InlineData("2025-03-10T25:00")]
    [InlineData("2025-03-10T08:61")]
    [InlineData("2025-03-10T08:30:1")]
    [InlineData("hôm qua")]
    public void Malformed_instants_are_refused(string text)
    {
        Assert.False(DossierCodes.TryParseLocalInstant(text, out _));
    }

    [Fact]
    public void Utc_instant_formats_back_as_vietnam_local_time()
    {
        var utc = new DateTimeOffset(2025, 6, 30, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal("2025-07-01T00:00:00", DossierCodes.FormatLocal(utc));
        Assert.Equal(new DateOnly(2025, 7, 1), DossierCodes.LocalDate(utc));
    }

    [Fact]
    public void Every_status_channel_and_level_code_round_trips()
    {
        foreach (var status in Enum.GetValues<DossierStatus>())
        {
            Assert.True(DossierCodes.TryParseStatus(status.ToCode(), out var back));
            Assert.Equal(status, back);
        }
        foreach (var channel in Enum.GetValues<DossierChannel>())
        {
            Assert.True(DossierCodes.TryParseChannel(channel.ToCode(), out var back));
            Assert.Equal(channel, back);
        }
        foreach (var level in Enum.GetValues<OnlineServiceLevel>())
        {
            Assert.True(DossierCodes.TryParseServiceLevel(level.ToCode(), out var back));
            Assert.Equal(level, back);
        }
        Assert.False(DossierCodes.TryParseStatus("xong", out _));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("", null)]
    [InlineData(" ", null)]
    public void Flags_are_zero_one_or_unknown(string text, bool? expected)
    {
        Assert.True(DossierCodes.TryParseFlag(text, out var flag));
        Assert.Equal(expected, flag);
    }

    [Fact]
    public void A_flag_other_than_zero_or_one_is_refused()
    {
        Assert.False(DossierCodes.TryParseFlag("có", out _));
    }
}
