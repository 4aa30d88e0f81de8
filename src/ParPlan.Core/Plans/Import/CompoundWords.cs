namespace ParPlan.Core.Plans.Import;

/// <summary>
/// Two-syllable words of the administration's language, folded (<see cref="PhraseKit.Fold"/>), that unit names,
/// products and deadlines are made of. A narrow column often wraps between their syllables ("Phòng Văn hoá - Xã" /
/// "hội", "các cơ" / "quan"); the two syllables stay in one cell. General Vietnamese vocabulary, not any plan's names.
/// </summary>
internal static class CompoundWords
{
    public static IReadOnlyList<string> All { get; } =
    [
        "xa hoi", "noi vu", "kinh te", "tu phap", "tai chinh", "van hoa", "thong tin", "truyen thong", "hanh chinh", "chuyen mon",
        "co quan", "to chuc", "don vi", "tham muu", "phuc vu", "dich vu", "tong hop", "lien quan", "van phong", "trung tam",
        "cong an", "quan su", "thanh tra", "giao duc", "dao tao", "y te", "nong nghiep", "moi truong", "tai nguyen", "xay dung",
        "cong thuong", "khoa hoc", "cong nghe", "lao dong", "thuong binh", "ke hoach", "dau tu", "ngoai vu", "dan toc", "ton giao",
        "thi dua", "khen thuong", "chinh tri", "doan the", "mat tran", "to quoc", "thi tran", "bo phan", "tiep nhan", "ket qua",
        "su nghiep", "cong lap", "can bo", "cong chuc", "vien chuc", "nhan dan", "uy ban", "hoi dong", "thanh nien", "phu nu",
        "chien binh", "nong dan", "buu dien", "vien thong", "bao hiem", "kho bac", "chi cuc", "dia ban", "chuyen doi", "cai cach",
        "quy pham", "phap luat", "thu tuc", "dien tu", "tinh uy", "huyen uy", "dang uy", "quan ly", "chi dao", "dieu hanh",
        "thuong truc", "thuong vu", "lien doan", "cong doan", "hiep hoi", "doanh nghiep", "phat trien", "do thi", "ha tang", "giao thong",
        "van tai", "dat dai", "tai san", "ngan sach", "du toan", "thong ke", "so hoa", "du lieu", "ban hanh", "kiem tra",
        "giam sat", "danh gia", "bao cao", "thuc hien", "trien khai", "thanh pho", "dac khu", "lien ket", "ho tich", "dia chinh",
        "ke toan", "chi huy",
    ];
}
