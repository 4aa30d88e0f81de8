using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Tests.Dossiers;

public class DossierColumnSuggesterTests
{
    [Fact]
    public void Vietnamese_headers_with_or_without_accents_are_matched_to_their_canonical_columns_each_file_column_once()
    {
        string[] headers = ["STT", "Số hồ sơ", "Don vi tiep nhan", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày hoàn thành", "Tình trạng", "Hình thức nộp",
            "Số hoá hồ sơ", "Ghi chú"];

        var columns = DossierColumnSuggester.SuggestColumns(headers);

        Assert.Equal("Số hồ sơ", columns[DossierCodes.Code]);
        Assert.Equal("Don vi tiep nhan", columns[DossierCodes.UnitCode]);
        Assert.Equal("Ngày tiếp nhận", columns[DossierCodes.ReceivedAt]);
        Assert.Equal("Ngày hẹn trả", columns[DossierCodes.DueAt]);
        Assert.Equal("Ngày hoàn thành", columns[DossierCodes.FinishedAt]);
        Assert.Equal("Tình trạng", columns[DossierCodes.Status]);
        Assert.Equal("Hình thức nộp", columns[DossierCodes.Channel]);
        Assert.Equal("Số hoá hồ sơ", columns[DossierCodes.DossierDigitised]);
        Assert.DoesNotContain("STT", columns.Values);
        Assert.DoesNotContain("Ghi chú", columns.Values);
        Assert.Equal(columns.Count, columns.Values.Distinct().Count());
    }

    [Fact]
    public void A_canonical_header_maps_to_itself_even_next_to_a_similar_label()
    {
        var columns = DossierColumnSuggester.SuggestColumns(["Mã hồ sơ cũ", "ma_ho_so"]);

        Assert.Equal("ma_ho_so", columns[DossierCodes.Code]);
    }

    [Theory]
    [InlineData(DossierCodes.Status, "Đã trả kết quả", "da_tra")]
    [InlineData(DossierCodes.Status, "dang giai quyet", "dang_xu_ly")]
    [InlineData(DossierCodes.Status, "TU_CHOI", "tu_choi")]
    [InlineData(DossierCodes.Channel, "Trực tuyến", "truc_tuyen")]
    [InlineData(DossierCodes.Channel, "Qua bưu điện", "buu_chinh")]
    [InlineData(DossierCodes.ServiceLevel, "Toàn trình", "toan_trinh")]
    [InlineData(DossierCodes.Status, "xyz", null)]
    public void Source_values_are_suggested_the_canonical_code_they_spell_out(string column, string value, string? expected) =>
        Assert.Equal(expected, DossierColumnSuggester.SuggestValue(column, value));

    [Fact]
    public void Required_columns_are_missing_until_the_map_names_a_file_column_for_them()
    {
        string[] headers = ["So HS", "Don vi", "Nhan", "Han", "Trang thai", "Kenh"];
        var map = new DossierColumnMap
        {
            Columns = new() { ["So HS"] = "ma_ho_so", ["Don vi"] = "ma_don_vi", ["Nhan"] = "ngay_tiep_nhan", ["Han"] = "han_tra_ket_qua", ["Trang thai"] = "trang_thai" },
        };

        Assert.Equal(DossierCodes.Required, DossierColumnSuggester.MissingRequired(headers, null));
        Assert.Equal([DossierCodes.Channel], DossierColumnSuggester.MissingRequired(headers, map));
        Assert.Empty(DossierColumnSuggester.MissingRequired(DossierCodes.Columns, null));
    }
}
