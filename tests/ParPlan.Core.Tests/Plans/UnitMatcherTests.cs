using ParPlan.Core.Plans.Matching;

namespace ParPlan.Core.Tests.Plans;

public sealed class UnitMatcherTests
{
    private static readonly MatchCandidate Office = new(Guid.NewGuid(), MatchTargetKind.Unit, "Văn phòng HĐND và UBND xã", ["Văn phòng HĐND&UBND xã"]);
    private static readonly MatchCandidate Vhxh = new(Guid.NewGuid(), MatchTargetKind.Unit, "Phòng Văn hoá – Xã hội", []);
    private static readonly MatchCandidate Hcc = new(Guid.NewGuid(), MatchTargetKind.Unit, "Trung tâm Phục vụ hành chính công", []);
    private static readonly MatchCandidate OneStop = new(Guid.NewGuid(), MatchTargetKind.Unit, "Bộ phận Tiếp nhận và trả kết quả huyện", []);
    private static readonly MatchCandidate Agencies = new(Guid.NewGuid(), MatchTargetKind.Group, "Các cơ quan chuyên môn thuộc huyện", []);
    private static readonly MatchCandidate PublicUnits = new(Guid.NewGuid(), MatchTargetKind.Group, "Đơn vị sự nghiệp công lập", []);
    private static readonly MatchCandidate Related = new(Guid.NewGuid(), MatchTargetKind.OpenGroup, "Các phòng ban liên quan", ["Các cơ quan, đơn vị có liên quan"]);

    private static UnitMatcher Matcher(IReadOnlyDictionary<string, RememberedMapping>? remembered = null) =>
        new([Office, Vhxh, Hcc, OneStop, Agencies, PublicUnits, Related], remembered);

    [Theory]
    [InlineData("VP HĐND&UBND")]
    [InlineData("Văn phòng HĐND&UBND")]
    [InlineData("van phong hdnd va ubnd xa")]
    public void Office_abbreviations_and_missing_accents_match_the_office(string text) =>
        Assert.Equal(Office.Id, Matcher().Match(text).Candidate?.Id);

    [Theory]
    [InlineData("Phòng VHXH", "vhxh")]
    [InlineData("Phòng Văn hóa - Xã hội", "vhxh")]
    [InlineData("Trung tâm Phục vụ HCC", "hcc")]
    [InlineData("Trung tâm phục vụ hành chính công", "hcc")]
    [InlineData("Bộ phận TN&TKQ huyện", "one-stop")]
    [InlineData("Các CQCM thuộc huyện", "agencies")]
    [InlineData("Các ĐVSN công lập", "public-units")]
    [InlineData("Các cơ quan có liên quan", "related")]
    public void Abbreviated_names_match_the_unit_or_class_they_spell(string text, string expected)
    {
        var match = Matcher().Match(text);

        var wanted = expected switch
        {
            "vhxh" => Vhxh,
            "hcc" => Hcc,
            "one-stop" => OneStop,
            "agencies" => Agencies,
            "public-units" => PublicUnits,
            _ => Related,
        };
        Assert.True(match.IsResolved, $"{text} did not match (best score {match.Score:0.00})");
        Assert.Equal(wanted.Id, match.Candidate!.Id);
    }

    [Fact]
    public void A_name_of_an_outside_body_stays_unmatched()
    {
        var match = Matcher().Match("Cơ quan soạn thảo văn bản QPPL");

        Assert.Equal(MatchHow.Unmatched, match.How);
        Assert.Null(match.Candidate);
    }

    [Fact]
    public void A_remembered_mapping_wins_over_the_matcher_and_can_say_not_ours()
    {
        var remembered = new Dictionary<string, RememberedMapping>
        {
            [UnitMatcher.Key("các cơ quan tham mưu CCHC")] = new(Vhxh.Id, false),
            [UnitMatcher.Key("UBND tỉnh")] = new(null, true),
        };

        var mapped = Matcher(remembered).Match("Các cơ quan tham mưu CCHC");
        var ignored = Matcher(remembered).Match("UBND tỉnh");

        Assert.Equal((MatchHow.Remembered, Vhxh.Id), (mapped.How, mapped.Candidate?.Id));
        Assert.Equal(MatchHow.Ignored, ignored.How);
    }

    [Fact]
    public void Two_equally_good_candidates_leave_the_name_unmatched_for_the_user()
    {
        var a = new MatchCandidate(Guid.NewGuid(), MatchTargetKind.Unit, "Phòng Kinh tế", []);
        var b = new MatchCandidate(Guid.NewGuid(), MatchTargetKind.Unit, "Phòng Kinh tế", ["Phòng KT"]);

        var match = new UnitMatcher([a, b]).Match("Phòng Kinh tế");

        Assert.Equal(MatchHow.Unmatched, match.How);
    }
}
