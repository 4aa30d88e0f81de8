using System.Text;
using ParPlan.Core.Dossiers;

namespace ParPlan.Core.Tests.Dossiers;

public class DossierReaderBrokenFileTests
{
    private const string Header = "ma_ho_so,ma_don_vi,ngay_tiep_nhan,han_tra_ket_qua,trang_thai,kenh_nop\n";
    private const string Good = "A,X,2025-01-02T08:00,2025-01-03T08:00,dang_xu_ly,truc_tuyen\n";

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_empty_file_is_reported_as_unreadable_in_vietnamese()
    {
        var ex = Assert.Throws<DossierFileException>(() => DossierReader.ReadCsv(Utf8("")).ToList());

        Assert.Contains("Tệp rỗng", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_stops_the_read_with_the_line_where_it_starts_after_the_good_rows_before_it()
    {
        var text = Header + Good + "\"B,X,2025-01-02T08:00,2025-01-03T08:00,dang_xu_ly,truc_tuyen\n" + Good.Replace("A,", "C,", StringComparison.Ordinal);
        var rows = new List<DossierRow>();

        var ex = Assert.Throws<DossierFileException>(() => rows.AddRange(DossierReader.ReadCsv(Utf8(text))));

        Assert.Equal("A", Assert.Single(rows).Record.Code);
        Assert.Contains("từ dòng 3", ex.Message, StringComparison.Ordinal);
    }
}
