using System.Text.RegularExpressions;

namespace ParPlan.Core.Plans.Import;

/// <summary>
/// A unit cell that states the roles in words, as plans print it under a single "Cơ quan, đơn vị thực hiện" column (and
/// sometimes in the lead or support column too): "Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã",
/// "Phòng Kinh tế (chủ trì); các thôn (phối hợp)", "Phòng Văn hóa - Xã hội chủ trì; Công an xã phối hợp". The role
/// words are taken out of the names: what a marker "chủ trì" closes is the lead, what "(phối hợp)" / "phối hợp" closes
/// or "phối hợp với" opens after a lead is the support, and units named after the lead without a word of their own
/// support it ("A (chủ trì), B, C"). Without a lead statement the text does not say who leads: "A phối hợp với B"
/// keeps both units in the cell's own column. A role word inside a name ("Hội đồng phối hợp phổ biến …", "được giao
/// chủ trì soạn thảo") is not a marker, since a marker closes a clause or opens the partners' list.
/// </summary>
internal static partial class ProseRoles
{
    private enum Role { Column, Lead, Support }

    /// <summary>The cell's lines split into lead and support lines without the role words; null when the cell states no
    /// role. <paramref name="columnIsLead"/> says which role the cell's column gives a unit the text leaves open.</summary>
    public static (List<string> Lead, List<string> Support)? Split(IReadOnlyList<string> lines, bool columnIsLead)
    {
        var text = string.Join('\n', lines.Select(PhraseKit.Collapse).Where(l => l.Length > 0));
        var markers = Marker().Matches(text);
        if (markers.Count == 0)
        {
            return null;
        }

        List<string> lead = [], support = [];
        var leadSeen = false;
        Role? next = null;
        var pending = "";
        var at = 0;
        void Put(string piece, Role role)
        {
            var pieceLines = Pieces(piece);
            var isLead = role == Role.Lead || (role == Role.Column && columnIsLead);
            (isLead ? lead : support).AddRange(pieceLines);
        }

        foreach (Match m in markers)
        {
            pending += text[at..m.Index];
            at = m.Index + m.Length;
            var word = PhraseKit.Fold(PhraseKit.Collapse(m.Value));
            if (m.Groups["label"].Success)
            {
                Put(pending, next ?? Role.Column);
                next = word.Contains("chu tri", StringComparison.Ordinal) ? Role.Lead : Role.Support;
                leadSeen |= next == Role.Lead;
            }
            else if (m.Groups["with"].Success)
            {
                Put(pending, next ?? (leadSeen ? Role.Support : Role.Column));
                next = leadSeen ? Role.Support : Role.Column;
            }
            else if (word.Contains("chu tri", StringComparison.Ordinal))
            {
                Put(pending, Role.Lead);
                leadSeen = true;
                next = null;
            }
            else
            {
                // "A; B (phối hợp)": before any lead, only the clause the marker closes supports; the rest keeps its column.
                var cut = leadSeen || next is not null ? -1 : pending.LastIndexOf(';');
                if (cut >= 0)
                {
                    Put(pending[..cut], Role.Column);
                }

                Put(pending[(cut + 1)..], Role.Support);
                next = null;
            }

            pending = "";
        }

        pending += text[at..];
        Put(pending, next ?? (leadSeen ? Role.Support : Role.Column));
        return (lead, support);
    }

    /// <summary>A piece's lines without the separators and joining words left at its ends.</summary>
    private static List<string> Pieces(string piece)
    {
        var trimmed = Edge().Replace(piece, "");
        return trimmed.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }

    // A label opens its role's list ("Chủ trì: …", "Đơn vị phối hợp: …"); "phối hợp với" opens the partners; a marker in
    // brackets, or the role word closing a clause (before a stop, a line's end, the cell's end or the partners' list),
    // closes its unit's clause. A role word that ends a printed line only closes a clause when the next line does not go
    // on in lower case ("Hội đồng phối hợp" / "phổ biến, giáo dục pháp luật" is one name).
    [GeneratedRegex(
        @"(?<label>(?<![\p{L}])(?:(?:đơn\s+vị|cơ\s+quan|bộ\s+phận)\s+)?(?:chủ\s+trì|phối\s+hợp)\s*:)"
        + @"|(?<with>(?<![\p{L}])phối\s+hợp\s+(?:với|cùng)(?![\p{L}]))"
        + @"|\(\s*(?:chủ\s+trì|phối\s+hợp)(?:\s+thực\s+hiện)?\s*\)"
        + @"|(?<=[\p{L}\p{N})]\s+)(?<!(?:được\s+giao|đơn\s+vị|cơ\s+quan|bộ\s+phận|và|để|sẽ|cùng)\s+)(?:chủ\s+trì|phối\s+hợp)(?:[ \t]+thực[ \t]+hiện)?"
        + @"(?=[ \t]*(?:[,;.]|\n(?!(?-i:\p{Ll}))|$)|\s*(?:và\s+)?phối\s+hợp\s+(?:với|cùng)(?![\p{L}]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:[\s,;.:]|(?:và|thực\s+hiện)(?![\p{L}]))+|(?:[\s,;:]|(?<![\p{L}])(?:và|thực\s+hiện))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Edge();
}
