using System.Globalization;
using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>Reads the header facts of a plan (kind, title, issuer, level, number, date, period, standing agency) from its lines.</summary>
internal static partial class HeaderReader
{
    /// <summary>Reads the header from the document's <paramref name="lines"/>; its opening segments from
    /// <paramref name="opening"/>, the same lines with wide gaps kept as cell separators.</summary>
    public static PlanHeader Read(IReadOnlyList<string> lines, IReadOnlyList<string> opening, int? yearOption, List<ImportWarning> warnings)
    {
        var head = lines.Take(Math.Min(lines.Count, 80)).ToList();
        var segments = HeaderOpening.Segments(opening);
        var metadata = HeaderOpening.Metadata(segments);
        var (number, numberBlank, onNumberLine, dayBlank, dateText) = NumberAndDate(segments, lines);
        var (placeDate, placeDayBlank, placeText) = PlaceDate(segments);
        var stated = number is null || (placeDate ?? onNumberLine) is null ? HeaderFallbacks.Stated(segments) : default;
        number ??= metadata.Number ?? stated.Number;
        var issued = metadata.IssuedOn ?? placeDate ?? onNumberLine ?? stated.IssuedOn;
        numberBlank &= number is null;
        dayBlank = issued is null && (dayBlank || placeDayBlank);
        if (placeText.Length > 0 && placeDate is null && onNumberLine is null && !dateText.Contains(placeText, StringComparison.Ordinal))
        {
            dateText = PhraseKit.Collapse(dateText + " " + placeText);
        }

        var (kind, titleSegment) = KindReader.Read(segments, lines, metadata, number);
        var (title, titleIndex) = Title(head, kind);
        var issuer = IssuerReader.FromMetadata(metadata.Issuer) ?? IssuerReader.FromOpening(segments, titleSegment) ?? stated.Issuer ?? Issuer(lines, title)
            ?? HeaderFallbacks.Issuer(segments);
        if (numberBlank || dayBlank)
        {
            var code = numberBlank && dayBlank ? ImportWarningCodes.HeaderNumberAndDayBlank : numberBlank ? ImportWarningCodes.HeaderNumberBlank : ImportWarningCodes.HeaderDayBlank;
            warnings.Add(ImportWarning.Of(code, dateText));
        }

        var period = Period(title, lines, titleIndex, yearOption, issued);
        return new PlanHeader
        {
            Kind = kind,
            Title = title,
            Issuer = issuer,
            Level = IssuerReader.Level(issuer, issued ?? period?.From),
            Number = number,
            IssuedOn = issued,
            Period = period,
            StandingAgency = StandingAgency(lines),
        };
    }

    /// <summary>The date line "{Địa danh}, ngày dd tháng MM năm yyyy" anywhere in the opening, before the body starts.</summary>
    private static (DateOnly? Date, bool DayBlank, string Text) PlaceDate(IReadOnlyList<string> segments)
    {
        foreach (var s in segments.Take(40))
        {
            var f = PhraseKit.Fold(s);
            if (f.StartsWith("can cu", StringComparison.Ordinal) || f.StartsWith("thuc hien", StringComparison.Ordinal))
            {
                break;
            }

            var m = PlaceDatePattern().Match(s);
            if (!m.Success)
            {
                continue;
            }

            var text = PhraseKit.Collapse(s[m.Index..]).Trim();
            var (year, month) = (int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
            if (m.Groups[2].Value.Length == 0)
            {
                return (null, true, text);
            }

            var day = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && year is > 1900 and < 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return (new DateOnly(year, month, day), false, text);
            }
        }

        return (null, false, "");
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

    private static (string? Number, bool NumberBlank, DateOnly? Issued, bool DayBlank, string Text) NumberAndDate(IReadOnlyList<string> segments, IReadOnlyList<string> lines)
    {
        var candidates = segments.Where(l => PhraseKit.Fold(l.Trim()).StartsWith("so", StringComparison.Ordinal))
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
            var m = Regex.Match(before, @"^[-–+\s]*(?:\d{1,2}\s*[.)]\s*|[a-đ]\)\s*)?((?:Phòng|Văn phòng|Sở|Ban|Trung tâm)[^,;:]*?)\s+(?:là|làm)\s+[Cc]ơ quan", RegexOptions.None);
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

    [GeneratedRegex(@"(?:^\s*|(?:Kế hoạch|Quyết định|Báo cáo)\s+)[Ss]ố\s*:?\s*(\d*)\s*/\s*((?:\d{4}\s*/\s*)?(?:[A-ZĐ][A-Za-zĐđ]*\s*-\s*)*[A-ZĐ][A-Za-zĐđ]*)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"ngày\s*(\d{0,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?:^|\s)(\p{Lu}[\p{L}.]*(?:\s+(?:\p{Lu}[\p{L}.]*|\d{1,2}(?=\s*,))){0,4})\s*,\s*ngày\s*(\d{0,2})\s*(?:tháng\s*|/\s*)(\d{1,2})\s*(?:năm\s*|/\s*)(\d{4})")]
    private static partial Regex PlaceDatePattern();
}
