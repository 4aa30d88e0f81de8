using System.Text.RegularExpressions;
using ParPlan.Core.Text;

namespace ParPlan.Core.Plans;

/// <summary>
/// Maps plan headings and target sentences to the contract's area codes (DOMAIN §4.4, §6.2), on folded keywords so case,
/// diacritics, spelling variants and OCR noise ("ĐIÈUF") do not matter.
/// </summary>
public static partial class AreaClassifier
{
    // Weighted topic keywords (folded). A target goes to the area with the highest total; ties follow this order.
    private static readonly (AreaCode Area, (string Key, int Weight)[] Keys)[] Topics =
    [
        (AreaCode.Indices, [("par index", 4), ("papi", 4), ("sipas", 4), ("pci", 4), ("chi so", 2)]),
        (AreaCode.Procedures, [("hai long", 6), ("dung han", 6), ("tre han", 4), ("cham, muon", 4), ("xin loi", 4),
            ("mot cua", 4), ("phi dia gioi", 6), ("niem yet", 4), ("cat giam", 4), ("don gian hoa", 4),
            ("phuc vu hanh chinh cong", 4), ("tthc", 2), ("thu tuc hanh chinh", 2), ("tiep nhan", 2)]),
        (AreaCode.DigitalGovernment, [("truc tuyen", 4), ("dvc", 4), ("dich vu cong", 2), ("so hoa", 4), ("dien tu", 3),
            ("vneid", 6), ("doi moi sang tao", 6), ("moi truong so", 6), ("chu ki so", 4), ("ki so", 4), ("su dung lai", 4),
            ("tai su dung", 4), ("du lieu", 2), ("he thong thong tin bao cao", 6), ("ket noi, lien thong", 4),
            ("chuyen doi so", 6), ("iso", 4), ("hscv", 4), ("ho so cong viec", 4)]),
        (AreaCode.Institutions, [("quy pham phap luat", 6), ("qppl", 6), ("thi hanh phap luat", 6), ("pho bien, giao duc phap luat", 6)]),
        (AreaCode.Apparatus, [("bo may", 6), ("co cau to chuc", 4), ("chuc nang, nhiem vu", 4), ("bien che", 4), ("tgbc", 6), ("sap xep", 2)]),
        (AreaCode.CivilService, [("can bo, cong chuc", 4), ("cong chuc", 2), ("vien chuc", 2), ("che do chinh sach", 4),
            ("khieu nai", 4), ("don, thu", 4), ("cong vu", 2), ("ki luat", 2)]),
        (AreaCode.PublicFinance, [("tai chinh cong", 6), ("ngan sach", 4), ("giai ngan", 6), ("dau tu cong", 6), ("tu chu", 4)]),
        (AreaCode.Direction, [("kiem tra", 2), ("tuyen truyen", 2), ("chi dao", 1), ("cchc", 1)]),
    ];

    /// <summary>The area of a section or table-group heading, or null when the heading names none.</summary>
    public static AreaCode? FromHeading(string heading)
    {
        var key = $" {VietText.Fold(heading)} ";
        if (Has(key, "chi so") && (Has(key, "duy tri") || Has(key, "nang cao") || Has(key, "par index") || Has(key, "papi") || Has(key, "sipas")))
        {
            return AreaCode.Indices;
        }

        if (Has(key, "chi dao")) { return AreaCode.Direction; }
        if (Has(key, "the che")) { return AreaCode.Institutions; }
        if (Has(key, "thu tuc") || Has(key, "mot cua")) { return AreaCode.Procedures; }
        if (Has(key, "bo may")) { return AreaCode.Apparatus; }
        if (Has(key, "tai chinh cong")) { return AreaCode.PublicFinance; }
        if (Has(key, "cong vu") || Has(key, "cong chuc")) { return AreaCode.CivilService; }
        if (Has(key, "dien tu") || DigitalHeading().IsMatch(key)) { return AreaCode.DigitalGovernment; }
        return null;
    }

    /// <summary>
    /// The area a target sentence is about, for targets outside an area section (DOMAIN §6.2): online services, DVC,
    /// digitisation, e-results, data reuse, online payment, VNeID and innovation → digital government; satisfaction,
    /// on-time handling, one-stop and procedure simplification → procedures; and so on. Null when no topic is recognised.
    /// </summary>
    public static AreaCode? FromTopic(string text)
    {
        var key = $" {VietText.Fold(text)} ";
        AreaCode? best = null;
        var bestScore = 0;
        foreach (var (area, keys) in Topics)
        {
            var score = keys.Sum(k => Count(key, k.Key) * k.Weight);
            if (score > bestScore)
            {
                (best, bestScore) = (area, score);
            }
        }

        return best;
    }

    private static bool Has(string key, string word) => Count(key, word) > 0;

    /// <summary>The keywords above (a fixed set), folded once each rather than at every count.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> FoldedKeywords = new(StringComparer.Ordinal);

    private static int Count(string key, string keyword)
    {
        var word = FoldedKeywords.GetOrAdd(keyword, VietText.Fold);
        var count = 0;
        for (var i = key.IndexOf(word, StringComparison.Ordinal); i >= 0; i = key.IndexOf(word, i + word.Length, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetterOrDigit(key[i - 1]);
            var after = i + word.Length >= key.Length || !char.IsLetterOrDigit(key[i + word.Length]);
            if (before && after)
            {
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"\b(chinh phu so|chinh quyen so|chuyen doi so|iso|so hoa|hien dai hoa|cong nghe thong tin)\b|chinh quyen\s*$")]
    private static partial Regex DigitalHeading();
}
