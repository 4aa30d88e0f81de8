using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Words that tell which column a fragment of a flattened table row belongs to: how unit names, products,
/// deadlines and funding sources begin. All matching is on folded text (<see cref="PhraseKit.Fold"/>).
/// </summary>
internal static partial class Vocabulary
{
    private static readonly string[] UnitHeads =
    [
        "phong ", "van phong", "ubnd", "uy ban", "hdnd", "trung tam", "cac phong", "cac co quan", "co quan", "cong chuc", "cac cong chuc",
        "ban ", "so ", "doan ", "bo phan", "cac bo phan", "hoi dong", "dang uy", "mttq", "mat tran", "chi cuc", "kho bac", "cac don vi", "don vi",
        "cac xa", "huyen doan", "to ", "bao hiem", "chu tich", "lanh dao", "thanh tra", "cong an", "quan su", "ban chi huy", "cac hoi", "hoi ",
        "cac so", "cac ban", "cac cqcm", "cqcm", "tram ", "truong ", "cac truong", "nguoi dung dau", "thu truong", "chi bo", "doan thanh nien",
        "hoi lien hiep", "cac to chuc", "to chuc", "tap the", "thuong truc", "cac dia phuong", "buu dien", "vien thong", "cac thon", "thon",
        "cac ngan", "cac nganh", "nganh", "cac cap", "ban chi dao", "bcd", "bch", "cac thanh vien",
        "ubmttq", "phong, ban", "cac phong, ban", "can bo", "cac can bo", "tt ", "vp ", "cac dv",
        "khu pho", "cac khu pho", "khu dan cu", "cac khu dan cu",
        "chu tri:", "phoi hop:", // a unit cell that names its role ("Chủ trì: Phòng …", LabelledUnits)
    ];

    private static readonly string[] OutputHeads =
    [
        "ke hoach", "bao cao", "quyet dinh", "nghi quyet", "van ban", "cong van", "to trinh", "thong bao", "bien ban", "phieu", "hoi nghi",
        "bai viet", "danh muc", "tai lieu", "de an", "chuong trinh", "huong dan", "ket luan", "ho so", "bang", "so lieu", "trang thong tin",
        "phan mem", "he thong", "co so du lieu", "csdl", "chi thi", "dap an", "ket qua", "ban tin", "phong su", "cuoc thi", "tin bai",
        "du thao", "quy che", "quy dinh", "quy trinh", "tthc", "100%", "ty le", "ti le", "dam bao", "so ", "cac van ban",
    ];

    private static readonly string[] ScheduleHeads =
    [
        "truoc", "quy ", "quy i", "thang", "nam 2", "nam ", "trong nam", "trong thang", "trong quy", "ca nam", "thuong xuyen", "nhiem vu thuong",
        "hang nam", "hang thang", "hang quy", "dinh ky", "theo ", "sau khi", "(sau", "khi ", "hoan thanh", "ngay ", "tu ngay", "tu thang", "den ",
        "6 thang", "dot xuat", "lien tuc", "cuoi nam", "dau nam", "giai doan", "-ubnd", "- ubnd", "ubnd huyen:", "ubnd tinh:", "cap xa:", "cap huyen:",
        "(theo", "chiu trach nhiem", "truoc ngay", "chua xac dinh",
    ];

    private static readonly string[] FundingHeads =
    [
        "thuong xuyen", "theo du toan", "du toan", "ngan sach", "kinh phi", "nguon", "xa hoi hoa", "long ghep", "khong", "chi thuong xuyen",
        "theo ke hoach", "ns ", "nsnn", "von ", "tu chu", "chuong trinh muc tieu",
    ];

    private static readonly HashSet<string> ScheduleWords = new(StringComparer.Ordinal)
    {
        "truoc", "ngay", "quy", "thang", "nam", "trong", "ca", "thuong", "xuyen", "nhiem", "vu", "hang", "dinh", "ky", "hoac", "dot", "xuat",
        "hoan", "thanh", "tu", "den", "va", "cua", "i", "ii", "iii", "iv", "cuoi", "dau", "lien", "tuc", "cac", "sau", "khi", "theo", "ke",
        "hoach", "quy", "dinh", "cap", "xa", "huyen", "tinh", "ubnd", "-", ",", ";", "/", "truoc:", "xa:", "huyen:", "tinh:", "giai", "doan",
        "ban", "hanh", "tuan", "dip", "le", "tet", "tai", "hoi", "nghi", "bao", "cao", "so", "ket", "thuc", "hien", "nhu", "cau", "moi",
        "huong", "dan", "chi", "dao", "tw", "trung", "uong", "yeu", "tren", "co", "dung", "han", "nhiem", "ky",
    };

    /// <summary>Openings that share a unit's first word but begin an action or an event: "Ban hành …" (issue), "Hội nghị …",
    /// "Tổ chức tập huấn …" (organise). A task's parts written as a list open so; a unit's name never does.</summary>
    private static readonly string[] ActionHeads =
    [
        "ban hanh", "hoi nghi", "hoi thao", "hoi thi", "to chuc thuc hien", "to chuc trien khai", "to chuc tap huan", "to chuc kiem tra",
        "to chuc hoi", "to chuc doi thoai", "to chuc tuyen truyen", "to chuc lay", "to chuc danh gia", "to chuc cac", "to chuc cho",
        "to chuc boi duong", "to chuc khao sat", "to chuc so ket", "to chuc tong ket", "to chuc quan triet", "to chuc thi",
    ];

    public static bool StartsWithUnit(ReadOnlySpan<char> folded) => StartsWithAny(StripBullet(folded), UnitIndex);

    /// <summary>Opens like a unit's name, where a bulleted item opening like an action that shares a unit's first word
    /// ("- Ban hành …", "- Hội nghị …", "- Tổ chức tập huấn …") is a task's part, not a unit: how a unit cell opens in text
    /// whose cells come one after another.</summary>
    public static bool StartsWithUnitName(ReadOnlySpan<char> folded)
    {
        var s = StripBullet(folded);
        return StartsWithAny(s, UnitIndex) && !(s.Length < folded.Length && StartsWithAny(s, ActionIndex));
    }

    public static bool StartsWithOutput(ReadOnlySpan<char> folded) => StartsWithAny(StripBullet(folded), OutputIndex);

    public static bool StartsWithSchedule(ReadOnlySpan<char> folded) => StartsWithAny(StripBullet(folded), ScheduleIndex);

    public static bool StartsWithFunding(ReadOnlySpan<char> folded) => StartsWithAny(StripBullet(folded), FundingIndex);

    private static ReadOnlySpan<char> StripBullet(ReadOnlySpan<char> folded)
    {
        var i = 0;
        while (i < folded.Length && (folded[i] is '-' or '+' or '*' or '•' or ' ' or '–'))
        {
            i++;
        }

        return folded[i..];
    }

    public static string StripBullet(string folded)
    {
        var i = 0;
        while (i < folded.Length && (folded[i] is '-' or '+' or '*' or '•' or ' ' or '–'))
        {
            i++;
        }

        return i == 0 ? folded : folded[i..];
    }

    private static readonly Dictionary<char, string[]> UnitIndex = BuildIndex(UnitHeads);
    private static readonly Dictionary<char, string[]> ActionIndex = BuildIndex(ActionHeads);
    private static readonly Dictionary<char, string[]> OutputIndex = BuildIndex(OutputHeads);
    private static readonly Dictionary<char, string[]> ScheduleIndex = BuildIndex(ScheduleHeads);
    private static readonly Dictionary<char, string[]> FundingIndex = BuildIndex(FundingHeads);

    private static Dictionary<char, string[]> BuildIndex(string[] heads) => heads.GroupBy(x => x[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static bool StartsWithAny(ReadOnlySpan<char> s, Dictionary<char, string[]> index)
    {
        if (s.Length == 0 || !index.TryGetValue(s[0], out var candidates))
        {
            return false;
        }

        foreach (var h in candidates)
        {
            // Whole words only: "thon" (village) must not match "thông".
            if ((s.StartsWith(h, StringComparison.Ordinal) && (s.Length == h.Length || h[^1] == ' ' || !char.IsLetter(s[h.Length])))
                || (h[^1] == ' ' && s.Length == h.Length - 1 && h.AsSpan().StartsWith(s, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word of a two-word deadline opener left alone at a line's end, its second word on the next line
    /// ("… Thường" / "xuyên", "… Định" / "kỳ", "… Hằng" / "quý").</summary>
    public static bool OpensScheduleHead(string foldedWord) => foldedWord is "thuong" or "dinh" or "hang";

    /// <summary>References and conditions ("Theo …", "Sau khi …") are free text: a deadline cell may hold any words after them.</summary>
    public static bool ScheduleStartsFree(string folded)
    {
        var s = StripBullet(folded);
        return s.StartsWith("theo ", StringComparison.Ordinal) || s.StartsWith("sau khi", StringComparison.Ordinal) || s.StartsWith("(sau", StringComparison.Ordinal)
            || s.StartsWith("khi co", StringComparison.Ordinal) || s.StartsWith("(theo", StringComparison.Ordinal) || s.StartsWith("can cu", StringComparison.Ordinal)
            || s.StartsWith("khi ", StringComparison.Ordinal);
    }

    /// <summary>
    /// How much the words of a folded piece read like a deadline: a penalty per word a deadline would not contain,
    /// and whether a strong deadline word (quarter, month, year, "trước", a date) occurs. Additive over pieces.
    /// </summary>
    public static (double Penalty, bool Strong) SchedulePieces(string folded)
    {
        var penalty = 0.0;
        var strong = false;
        _tokenCache ??= new Dictionary<string, (double, bool)>(StringComparer.Ordinal);
        var lookup = _tokenCache.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = StripBullet(folded).AsSpan();
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in rest.Split(' '))
        {
            var token = rest[range];
            if (token.Length == 0)
            {
                continue;
            }

            var afterViet = previous.SequenceEqual("viet");
            previous = token;
            if (afterViet && token.TrimEnd(",;.:").SequenceEqual("nam"))
            {
                penalty += NotADeadlineWord; // "Việt Nam" in a unit's name ("Ủy ban MTTQ Việt Nam xã"), not a year
                continue;
            }

            if (!lookup.TryGetValue(token, out var word))
            {
                word = ScheduleWord(token.ToString());
                if (_tokenCache.Count > 50000)
                {
                    _tokenCache.Clear();
                }

                lookup[token] = word;
            }

            penalty += word.Penalty;
            strong |= word.Strong;
        }

        return (penalty, strong);
    }

    /// <summary>What a word a deadline would not contain costs (<see cref="SchedulePieces"/>).</summary>
    private const double NotADeadlineWord = -1.6;

    [ThreadStatic]
    private static Dictionary<string, (double Penalty, bool Strong)>? _tokenCache;

    /// <summary>The deadline-likeness of one word (memoised by <see cref="SchedulePieces"/>: syllables repeat all over a plan).</summary>
    private static (double Penalty, bool Strong) ScheduleWord(string token)
    {
        var t = token.Trim(',', ';', '.', ':', '(', ')', '-');
        if (t.Length == 0 || ScheduleWords.Contains(t))
        {
            return (0, t is "quy" or "thang" or "nam" or "truoc" or "xuyen" or "hang" or "ky");
        }

        return DateLike().IsMatch(t) ? (0, true) : (NotADeadlineWord, false);
    }

    public static bool HasDate(string folded) => DateInText().IsMatch(folded);

    /// <summary>A whole deadline printed over <paramref name="lines"/>: it opens with a deadline word or a figure, every
    /// word reads as one, and it names a date, a month, a quarter or a year ("Quý II/2027", "Tháng" / "12/2027").</summary>
    public static bool WholeDeadline(IEnumerable<string> lines)
    {
        var f = PhraseKit.Fold(PhraseKit.Collapse(string.Join(" ", lines)));
        return f.Length > 0 && (StartsWithSchedule(f) || char.IsDigit(f[0])) && SchedulePieces(f) is { Penalty: 0, Strong: true }
               && f.Any(char.IsDigit);
    }

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\btruoc( ngay)?\s+\d|\btruoc ngay\b|: truoc\b|(^|\s)truoc$|\bquy (i|ii|iii|iv)\b|\bthang \d|\bnam 20\d\d")]
    private static partial Regex DateInText();

    [GeneratedRegex(@"^(\d{1,4}([/.-]\d{1,4}){0,2}|[ivx]+/\d{4}|[ivx]+/?|\d{1,2}h\d*|\d+)$")]
    private static partial Regex DateLike();
}
