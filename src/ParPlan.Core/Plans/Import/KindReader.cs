using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// What a document is, from its title word (KẾ HOẠCH, QUYẾT ĐỊNH, BÁO CÁO, BỘ TIÊU CHÍ, BỘ CHỈ SỐ, QUY ĐỊNH, ĐỀ ÁN …)
/// and the subject under it, else from a website's "Loại văn bản", else from the number's code (KH, BC).
/// </summary>
internal static partial class KindReader
{
    private static readonly string[] TitleWords =
    [
        "ke hoach", "quyet dinh", "bao cao", "bo tieu chi", "bo chi so", "quy dinh", "de an", "chuong trinh", "nghi quyet", "chi thi",
        "thong bao", "huong dan", "to trinh", "cong van", "ket luan",
    ];

    /// <summary>The kind and the index of the title segment (-1 when no title word was found).</summary>
    public static (DocumentKind Kind, int TitleIndex) Read(IReadOnlyList<string> segments, IReadOnlyList<string> lines, HeaderMetadata metadata, string? number)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            if (s.Length is < 3 or > 70 || !IsUpper(s))
            {
                continue;
            }

            var f = PhraseKit.Fold(s);
            if (f.StartsWith("du thao ", StringComparison.Ordinal))
            {
                f = f[8..]; // "DỰ THẢO BÁO CÁO": a draft is read as the document it drafts
            }

            var word = TitleWords.FirstOrDefault(w => f == w || f.StartsWith(w + " ", StringComparison.Ordinal));
            if (word is null)
            {
                continue;
            }

            var subject = PhraseKit.Fold(string.Join(' ', segments.Skip(i).Take(4)));
            return (FromWord(word, subject, lines), i);
        }

        if (metadata.Kind is { } kind)
        {
            var f = PhraseKit.Fold(kind);
            var word = TitleWords.FirstOrDefault(w => f.StartsWith(w, StringComparison.Ordinal));
            if (word is not null)
            {
                return (FromWord(word, PhraseKit.Fold(string.Join(' ', segments.Take(12))), lines), -1);
            }
        }

        var code = PhraseKit.Fold(number ?? "");
        if (code.Contains("/kh", StringComparison.Ordinal))
        {
            return (DocumentKind.Plan, -1);
        }

        if (code.Contains("/bc", StringComparison.Ordinal))
        {
            return (DocumentKind.Report, -1);
        }

        return (lines.Take(60).Any(l => PhraseKit.Fold(l).Contains("bo tieu chi", StringComparison.Ordinal)) ? DocumentKind.Criteria : DocumentKind.Other, -1);
    }

    private static DocumentKind FromWord(string word, string subject, IReadOnlyList<string> lines) => word switch
    {
        "ke hoach" or "chuong trinh" => DocumentKind.Plan,
        "bao cao" => DocumentKind.Report,
        "bo tieu chi" or "bo chi so" => DocumentKind.Criteria,
        "quy dinh" or "de an" => CriteriaSubject().IsMatch(subject) ? DocumentKind.Criteria : DocumentKind.Other,
        // "HƯỚNG DẪN / Bộ tiêu chí đánh giá …": the guidance is the criteria set it names first.
        "huong dan" when Regex.IsMatch(subject, @"^huong dan (thuc hien )?(bo tieu chi|bo chi so)\b") => DocumentKind.Criteria,
        // "Phê duyệt kết quả Chỉ số cải cách hành chính": the scores of a year, not the criteria they were given by.
        "quyet dinh" when ResultsSubject().IsMatch(subject) => DocumentKind.Other,
        "quyet dinh" when CriteriaSubject().IsMatch(subject) && !PlanSubject().IsMatch(subject) => DocumentKind.Criteria,
        "quyet dinh" => PlanSubject().IsMatch(subject) || HasAttachedPlan(lines) ? DocumentKind.DecisionWithPlan : DocumentKind.Other,
        _ => DocumentKind.Other,
    };

    private static bool HasAttachedPlan(IReadOnlyList<string> lines)
    {
        var all = lines.Select(l => PhraseKit.Fold(l.Trim())).ToList();
        if (all.Any(l => l.StartsWith("ke hoach", StringComparison.Ordinal) && l.Length < 12))
        {
            return true;
        }

        // "Ban hành kèm theo Quyết định này Kế hoạch …" attaches a plan; "… Quyết định này Quy định …" does not.
        for (var i = 0; i < all.Count; i++)
        {
            var line = all[i];
            var at = line.IndexOf("ban hanh kem theo quyet dinh", StringComparison.Ordinal);
            if (at < 0 || line.Contains("ke hoach so", StringComparison.Ordinal))
            {
                continue;
            }

            var after = line[(at + 28)..];
            var named = Regex.Match(after, @"^\s*(nay|so [^\s]+(?: ngay [^\s]+(?: thang \d+ nam \d{4})?)?)\s*(.*)$");
            var what = named.Success ? named.Groups[2].Value : after;
            if (what.StartsWith("ke hoach", StringComparison.Ordinal) || what.StartsWith("chuong trinh", StringComparison.Ordinal))
            {
                return true;
            }

            // An annex heading "(Ban hành kèm theo Quyết định số …)" under the plan's own title.
            if (line.StartsWith('(') && all.Skip(Math.Max(0, i - 4)).Take(Math.Min(i, 4)).Any(l => l.StartsWith("ke hoach", StringComparison.Ordinal) || l.StartsWith("chuong trinh", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUpper(string s) => s.Any(char.IsLetter) && s.Where(char.IsLetter).All(char.IsUpper);

    [GeneratedRegex(@"(ban hanh|phe duyet|kem theo)\s+(ke hoach|chuong trinh)")]
    private static partial Regex PlanSubject();

    [GeneratedRegex(@"^quyet dinh (ve viec )?(phe duyet|cong bo|cong nhan) ket qua\b")]
    private static partial Regex ResultsSubject();

    [GeneratedRegex(@"bo tieu chi|bo chi so|tieu chi (danh gia|xac dinh|cham diem)|xac dinh chi so|chi so (cai cach hanh chinh|cchc|par)")]
    private static partial Regex CriteriaSubject();
}
