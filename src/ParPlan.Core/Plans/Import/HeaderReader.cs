using System.Globalization;
using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>Reads the header facts of a plan (kind, title, issuer, level, number, date, period, standing agency) from its lines.</summary>
internal static partial class HeaderReader
{
    public static PlanHeader Read(IReadOnlyList<string> lines, int? yearOption, List<ImportWarning> warnings)
    {
        var head = lines.Take(Math.Min(lines.Count, 80)).ToList();
        var kind = Kind(lines);
        var (title, titleIndex) = Title(head, kind);
        var issuer = Issuer(lines, title);
        var (number, numberBlank, issued, dayBlank, dateText) = NumberAndDate(lines);
        if (numberBlank || dayBlank)
        {
            var code = numberBlank && dayBlank ? ImportWarningCodes.HeaderNumberAndDayBlank : numberBlank ? ImportWarningCodes.HeaderNumberBlank : ImportWarningCodes.HeaderDayBlank;
            warnings.Add(ImportWarning.Of(code, dateText ?? ""));
        }

        var period = Period(title, lines, titleIndex, yearOption, issued);
        return new PlanHeader
        {
            Kind = kind,
            Title = title,
            Issuer = issuer,
            Level = LevelOf(issuer),
            Number = number,
            IssuedOn = issued,
            Period = period,
            StandingAgency = StandingAgency(lines),
        };
    }

    private static DocumentKind Kind(IReadOnlyList<string> lines)
    {
        var titles = lines.Take(120).Select(l => PhraseKit.Collapse(l)).Where(l => l.Length is > 3 and < 40 && IsUpper(l)).Select(PhraseKit.Fold).ToList();
        var firstTitle = titles.FirstOrDefault(t => t.StartsWith("ke hoach", StringComparison.Ordinal) || t.StartsWith("quyet dinh", StringComparison.Ordinal)
                                                    || t.StartsWith("bao cao", StringComparison.Ordinal) || t.StartsWith("bo tieu chi", StringComparison.Ordinal)
                                                    || t.StartsWith("chuong trinh", StringComparison.Ordinal));
        var all = lines.Select(l => PhraseKit.Fold(l.Trim()));
        if (firstTitle is null)
        {
            return lines.Take(60).Any(l => PhraseKit.Fold(l).Contains("bo tieu chi", StringComparison.Ordinal)) ? DocumentKind.Criteria : DocumentKind.Other;
        }

        if (firstTitle.StartsWith("quyet dinh", StringComparison.Ordinal))
        {
            var attached = all.Any(l => l.StartsWith("ke hoach", StringComparison.Ordinal) && l.Length < 12)
                           || all.Any(l => l.Contains("ban hanh kem theo quyet dinh", StringComparison.Ordinal) && !l.Contains("ke hoach so", StringComparison.Ordinal));
            return attached ? DocumentKind.DecisionWithPlan : DocumentKind.Other;
        }

        if (firstTitle.StartsWith("bao cao", StringComparison.Ordinal))
        {
            return DocumentKind.Report;
        }

        return firstTitle.StartsWith("bo tieu chi", StringComparison.Ordinal) ? DocumentKind.Criteria : DocumentKind.Plan;
    }

    private static (string? Title, int Index) Title(List<string> head, DocumentKind kind)
    {
        for (var i = 0; i < head.Count; i++)
        {
            var t = PhraseKit.Collapse(head[i]);
            var f = PhraseKit.Fold(t);
            if (t.Length == 0 || !IsUpper(t) || !(f is "ke hoach" or "bao cao" or "quyet dinh" or "chuong trinh" || f.StartsWith("bo tieu chi", StringComparison.Ordinal)))
            {
                continue;
            }

            var word = char.ToUpperInvariant(f[0]) + t[1..].ToLower(CultureInfo.GetCultureInfo("vi-VN"));
            var sub = new List<string>();
            for (var j = i + 1; j < head.Count && sub.Count < 3; j++)
            {
                var s = PhraseKit.Collapse(head[j]);
                if (s.Length == 0)
                {
                    if (sub.Count > 0)
                    {
                        break;
                    }

                    continue;
                }

                var sf = PhraseKit.Fold(s);
                if (sf == f)
                {
                    continue; // the title printed twice
                }

                if (Regex.IsMatch(s, @"^([IVX]+|\d+)\.\s") || sf.StartsWith("thuc hien", StringComparison.Ordinal) || sf.StartsWith("can cu", StringComparison.Ordinal)
                    || sf.StartsWith("kinh gui", StringComparison.Ordinal) || sf.StartsWith('-'))
                {
                    break;
                }

                sub.Add(s);
                if (!Regex.IsMatch(s, @"[,\-–]$|\b(và|của|về|trên|tại)$"))
                {
                    break;
                }
            }

            return (sub.Count == 0 ? word : word + " " + string.Join(' ', sub).TrimEnd('.'), i);
        }

        _ = kind;
        return (null, 0);
    }

    private static string? Issuer(IReadOnlyList<string> lines, string? title)
    {
        for (var i = 0; i < Math.Min(lines.Count, 40); i++)
        {
            var f = PhraseKit.Fold(lines[i].Trim());
            if (f.StartsWith("uy ban nhan dan", StringComparison.Ordinal) || f == "ubnd")
            {
                var rest = PhraseKit.Collapse(lines[i].Trim()[Math.Min(lines[i].Trim().Length, f == "ubnd" ? 4 : 15)..]);
                for (var j = i + 1; rest.Length == 0 && j < Math.Min(lines.Count, i + 4); j++)
                {
                    rest = PhraseKit.Collapse(lines[j]);
                }

                var m = AreaName().Match(rest);
                if (m.Success)
                {
                    return "UBND " + m.Groups[1].Value.ToLower(CultureInfo.GetCultureInfo("vi-VN")) + " " + TitleCase(m.Groups[2].Value);
                }
            }
        }

        foreach (var line in lines)
        {
            var m = AttachedIssuer().Match(PhraseKit.Collapse(line));
            if (m.Success)
            {
                return PhraseKit.Collapse(m.Groups[1].Value);
            }
        }

        if (title is not null && TitleUnit().Match(title) is { Success: true } tm)
        {
            return "UBND " + tm.Groups[1].Value.ToLower(CultureInfo.GetCultureInfo("vi-VN")) + " " + tm.Groups[2].Value;
        }

        return null;
    }

    private static GovernmentLevel LevelOf(string? issuer)
    {
        var f = PhraseKit.Fold(issuer ?? "");
        if (f.Length == 0)
        {
            return GovernmentLevel.Unknown;
        }

        if (Regex.IsMatch(f, @"\b(xa|phuong|thi tran|dac khu)\b") && f.StartsWith("ubnd", StringComparison.Ordinal))
        {
            return GovernmentLevel.Commune;
        }

        if (Regex.IsMatch(f, @"^ubnd (huyen|quan|thi xa|thanh pho)\b"))
        {
            return GovernmentLevel.District;
        }

        if (Regex.IsMatch(f, @"^ubnd (tinh|thanh pho)\b"))
        {
            return GovernmentLevel.Province;
        }

        if (Regex.IsMatch(f, @"^(so|phong|ban|chi cuc|trung tam|van phong)\b"))
        {
            return GovernmentLevel.Agency;
        }

        return Regex.IsMatch(f, @"^(bo|chinh phu|thu tuong)\b") ? GovernmentLevel.National : GovernmentLevel.Unknown;
    }

    private static (string? Number, bool NumberBlank, DateOnly? Issued, bool DayBlank, string Text) NumberAndDate(IReadOnlyList<string> lines)
    {
        var candidates = lines.Take(60).Where(l => PhraseKit.Fold(l.Trim()).StartsWith("so", StringComparison.Ordinal))
            .Concat(lines.Where(l => PhraseKit.Fold(l).Contains("kem theo", StringComparison.Ordinal)));
        foreach (var raw in candidates)
        {
            var line = PhraseKit.Collapse(raw);
            var m = NumberPattern().Match(line);
            if (!m.Success)
            {
                continue;
            }

            var number = m.Groups[1].Value.Length > 0 ? m.Groups[1].Value + "/" + m.Groups[2].Value.Replace(" ", "", StringComparison.Ordinal) : null;
            var d = DatePattern().Match(line, m.Index);
            DateOnly? issued = null;
            var dayBlank = false;
            if (d.Success)
            {
                var year = int.Parse(d.Groups[3].Value, CultureInfo.InvariantCulture);
                var month = int.Parse(d.Groups[2].Value, CultureInfo.InvariantCulture);
                if (d.Groups[1].Value.Length == 0)
                {
                    dayBlank = true;
                }
                else if (month is >= 1 and <= 12 && int.Parse(d.Groups[1].Value, CultureInfo.InvariantCulture) is var day && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                {
                    issued = new DateOnly(year, month, day);
                }
            }

            var text = d.Success ? line[m.Index..(d.Index + d.Length)] : m.Value;
            return (number, number is null, issued, dayBlank, PhraseKit.Collapse(text.Trim('(', ')')));
        }

        return (null, false, null, false, "");
    }

    private static DatePeriod? Period(string? title, IReadOnlyList<string> lines, int titleIndex, int? yearOption, DateOnly? issued)
    {
        var source = title ?? string.Join(' ', lines.Skip(titleIndex).Take(3));
        var f = PhraseKit.Fold(source);
        var phase = Regex.Match(f, @"giai doan (\d{4})\s*[-–]\s*(\d{4})");
        if (phase.Success)
        {
            return new DatePeriod(new DateOnly(int.Parse(phase.Groups[1].Value, CultureInfo.InvariantCulture), 1, 1), new DateOnly(int.Parse(phase.Groups[2].Value, CultureInfo.InvariantCulture), 12, 31));
        }

        var half = Regex.Match(f, @"(0?6) thang (dau|cuoi) nam (\d{4})");
        if (half.Success)
        {
            var y = int.Parse(half.Groups[3].Value, CultureInfo.InvariantCulture);
            return half.Groups[2].Value == "dau" ? new DatePeriod(new DateOnly(y, 1, 1), new DateOnly(y, 6, 30)) : new DatePeriod(new DateOnly(y, 7, 1), new DateOnly(y, 12, 31));
        }

        var year = Regex.Match(f, @"nam (\d{4})\b");
        int? yr = year.Success ? int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture) : yearOption ?? issued?.Year;
        return yr is { } v && v is > 1900 and < 2200 ? new DatePeriod(new DateOnly(v, 1, 1), new DateOnly(v, 12, 31)) : null;
    }

    private static string? StandingAgency(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var f = PhraseKit.Fold(lines[i]);
            var at = f.IndexOf("co quan thuong truc", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // "Phòng Nội vụ là cơ quan thường trực …" names it in the sentence; otherwise the numbered heading above does.
            var before = PhraseKit.Collapse(lines[i]);
            var m = Regex.Match(before, @"^[-–+\s]*((?:Phòng|Văn phòng|Sở|Ban|Trung tâm)[^,;:]*?)\s+(?:là|làm)\s+[Cc]ơ quan", RegexOptions.None);
            if (m.Success)
            {
                return m.Groups[1].Value.Trim();
            }

            for (var j = i - 1; j >= 0 && j >= i - 6; j--)
            {
                var h = Regex.Match(PhraseKit.Collapse(lines[j]), @"^\d{1,2}\s*[.)]\s*(.+?)\s*:?$");
                if (h.Success && Vocabulary.StartsWithUnit(PhraseKit.Fold(h.Groups[1].Value)))
                {
                    return h.Groups[1].Value.Split(':')[0].Trim().TrimEnd('.');
                }
            }
        }

        return null;
    }

    private static bool IsUpper(string s) => s.Any(char.IsLetter) && s.Where(char.IsLetter).All(char.IsUpper);

    private static string TitleCase(string s) =>
        string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLower(CultureInfo.GetCultureInfo("vi-VN"))));

    [GeneratedRegex(@"^(TỈNH|HUYỆN|XÃ|THỊ XÃ|THÀNH PHỐ|PHƯỜNG|THỊ TRẤN|QUẬN|ĐẶC KHU|Tỉnh|Huyện|Xã|Phường)\s+(.+)$")]
    private static partial Regex AreaName();

    [GeneratedRegex(@"(?:kèm theo|Kèm theo)[^)]*?\s+của\s+(UBND\s+(?:tỉnh|huyện|xã|phường|thị xã|thị trấn|thành phố|quận)\s+[^)]+?)\s*\)")]
    private static partial Regex AttachedIssuer();

    [GeneratedRegex(@"\b(tỉnh|huyện|xã|phường|thị xã|thị trấn|quận)\s+((?:\p{Lu}\p{Ll}*\s?)+?)\s+(?:năm|giai đoạn)")]
    private static partial Regex TitleUnit();

    [GeneratedRegex(@"(?:^\s*|(?:Kế hoạch|Quyết định|Báo cáo)\s+)[Ss]ố\s*:?\s*(\d*)\s*/\s*((?:[A-ZĐ]+\s*-\s*)*[A-ZĐ]+)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"ngày\s*(\d{0,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})")]
    private static partial Regex DatePattern();
}
