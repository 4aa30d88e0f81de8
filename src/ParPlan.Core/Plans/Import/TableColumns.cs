namespace ParPlan.Core.Plans.Import;

/// <summary>The roles a task-table column can play, in the order plans print them.</summary>
/// <remarks><see cref="Start"/> is the start of a task's time window ("Thời gian bắt đầu") printed before its deadline
/// column; it is kept out of the schedule, which is the deadline.</remarks>
internal enum Col { Ref = 0, Objective = 1, Title = 2, Activity = 3, Output = 4, Lead = 5, Support = 6, Start = 7, Time = 8, Funding = 9, Note = 10 }

/// <summary>Recognises a task-table header and the columns it names.</summary>
internal static class TableColumns
{
    /// <summary>The columns named by a header text (folded), in canonical order; null when it is not a task-table header.</summary>
    public static IReadOnlyList<Col>? FromHeader(string headerText)
    {
        var f = PhraseKit.Fold(headerText);
        var cols = new SortedSet<Col>();
        if (System.Text.RegularExpressions.Regex.IsMatch(f, @"(^|\s)(s?tt|so tt|stt)(\s|$|\.)"))
        {
            cols.Add(Col.Ref);
        }

        if (f.Contains("muc tieu", StringComparison.Ordinal))
        {
            cols.Add(Col.Objective);
        }

        if (f.Contains("nhiem vu", StringComparison.Ordinal) || f.Contains("noi dung", StringComparison.Ordinal) || f.Contains("ten nhiem vu", StringComparison.Ordinal)
            || f.Contains("cong viec", StringComparison.Ordinal))
        {
            cols.Add(Col.Title);
        }

        if (f.Contains("hoat dong", StringComparison.Ordinal) || (f.Contains("nhiem vu", StringComparison.Ordinal) && ContentDetail.IsMatch(f)))
        {
            cols.Add(Col.Activity);
        }

        if (f.Contains("ket qua", StringComparison.Ordinal) || f.Contains("san pham", StringComparison.Ordinal))
        {
            cols.Add(Col.Output);
        }

        if (f.Contains("chu tri", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(f, @"(nganh|quan|vi|phan|chuc)\s+(thuc hien|chiu trach nhiem)")
            || f.Contains("don vi thuc hien", StringComparison.Ordinal) || f.Contains("trach nhiem thuc hien", StringComparison.Ordinal))
        {
            cols.Add(Col.Lead);
        }

        if (f.Contains("phoi hop", StringComparison.Ordinal))
        {
            cols.Add(Col.Support);
        }

        if (NamesTime(f))
        {
            cols.Add(Col.Time);
        }

        if (f.Contains("kinh phi", StringComparison.Ordinal) || f.Contains("nguon von", StringComparison.Ordinal))
        {
            cols.Add(Col.Funding);
        }

        if (f.Contains("ghi chu", StringComparison.Ordinal))
        {
            cols.Add(Col.Note);
        }

        // A task table names at least a task column plus a responsibility or time column.
        if (!cols.Contains(Col.Title) && !cols.Contains(Col.Objective))
        {
            return null;
        }

        if (cols.Count < 3 || !(cols.Contains(Col.Lead) || cols.Contains(Col.Time)))
        {
            return null;
        }

        cols.Add(Col.Ref);
        cols.Add(Col.Title);

        return cols.ToList();
    }

    /// <summary>
    /// The columns in the order one header line prints them ("TT Nội dung Thời gian Chủ trì Phối hợp Sản phẩm"), when
    /// that line alone names at least four; otherwise the canonical order (a header spread over several lines gives no
    /// reliable order).
    /// </summary>
    public static IReadOnlyList<Col> InLineOrder(string line, IReadOnlyList<Col> columns)
    {
        var f = PhraseKit.Fold(line);
        var positions = new Dictionary<Col, int>();
        foreach (var col in columns)
        {
            // The first word the line uses for the column; "nội dung" names the task only when "nhiệm vụ" is not there
            // ("Mục tiêu/Chỉ tiêu/nội dung" is the objective).
            var at = Words(col).Select(w => f.IndexOf(w, StringComparison.Ordinal)).FirstOrDefault(i => i >= 0, -1);
            if (at < 0 && col == Col.Lead && UnitsAct.Match(f) is { Success: true } m)
            {
                at = m.Index; // a single unit column, "Cơ quan, đơn vị thực hiện", names no "chủ trì"
            }

            if (at >= 0)
            {
                positions[col] = at;
            }
        }

        positions[Col.Ref] = -1;
        if (positions.Count < 5 || positions.Count < columns.Count)
        {
            return columns;
        }

        return columns.OrderBy(c => positions[c]).ToList();
    }

    private static readonly System.Text.RegularExpressions.Regex UnitsAct = new(
        @"\b(co quan|don vi|nganh|bo phan|trach nhiem)\b[^|]{0,20}?\b(thuc hien|chiu trach nhiem)\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static string[] Words(Col col) => col switch
    {
        Col.Objective => ["muc tieu", "chi tieu"],
        Col.Title => ["nhiem vu", "cong viec", "noi dung"],
        Col.Activity => ["hoat dong", "noi dung thuc hien", "noi dung cu the", "noi dung chi tiet"],
        Col.Output => ["ket qua", "san pham"],
        Col.Lead => ["chu tri"],
        Col.Support => ["phoi hop"],
        Col.Time => ["thoi gian", "thoi han", "tien do"],
        Col.Funding => ["kinh phi", "nguon von"],
        Col.Note => ["ghi chu"],
        _ => [],
    };

    /// <summary>The column of one header cell (real tables), or null.</summary>
    public static Col? FromHeaderCell(string cellText)
    {
        // Headers may carry their column number: "1- Mục tiêu/Chỉ tiêu/nội dung", "(5) Chủ trì", "5. Chủ trì".
        var f = System.Text.RegularExpressions.Regex.Replace(PhraseKit.Fold(cellText), @"^\(?\d{1,2}\)?\s*[-.):–]?\s*(?=\D)", "");
        if (f.Length == 0)
        {
            return null;
        }

        if (System.Text.RegularExpressions.Regex.IsMatch(f, @"^(s?tt|so tt|stt|so thu tu|thu tu)\.?$"))
        {
            return Col.Ref;
        }

        if (f.Contains("phoi hop", StringComparison.Ordinal))
        {
            return Col.Support;
        }

        // "Cơ quan tham mưu", "Đơn vị đầu mối", "Trách nhiệm thực hiện" name the lead as well.
        if (f.Contains("chu tri", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(f, @"(nganh|quan|vi|phan|chuc)\s+(thuc hien|chiu trach nhiem)|tham muu|dau moi|^trach nhiem thuc hien"))
        {
            return Col.Lead;
        }

        if (f.Contains("bat dau", StringComparison.Ordinal))
        {
            return Col.Start; // "Thời gian bắt đầu", "Bắt đầu" under a spanning "Thời gian"
        }

        if (NamesTime(f) || System.Text.RegularExpressions.Regex.IsMatch(f, @"^(hoan thanh|ket thuc)$"))
        {
            return Col.Time;
        }

        if (f.Contains("kinh phi", StringComparison.Ordinal) || f.Contains("nguon von", StringComparison.Ordinal))
        {
            return Col.Funding;
        }

        if (f.Contains("ket qua", StringComparison.Ordinal) || f.Contains("san pham", StringComparison.Ordinal))
        {
            return Col.Output;
        }

        if (f.Contains("hoat dong", StringComparison.Ordinal))
        {
            return Col.Activity;
        }

        if (f.Contains("muc tieu", StringComparison.Ordinal) || f.StartsWith("chi tieu", StringComparison.Ordinal))
        {
            return Col.Objective;
        }

        if (f.Contains("nhiem vu", StringComparison.Ordinal) || f.Contains("noi dung", StringComparison.Ordinal) || f.Contains("cong viec", StringComparison.Ordinal)
            || f.StartsWith("ten de an", StringComparison.Ordinal) || f.StartsWith("ten van ban", StringComparison.Ordinal))
        {
            return Col.Title;
        }

        return f.Contains("ghi chu", StringComparison.Ordinal) ? Col.Note : null;
    }

    /// <summary>
    /// A task column beside a column of what it involves ("Nhiệm vụ | Nội dung thực hiện", "Nhiệm vụ | Nội dung cụ thể"):
    /// the task is the title, the contents are its activities.
    /// </summary>
    public static void MarkContent(IList<Col?> cols, IReadOnlyList<string> texts)
    {
        var titles = Enumerable.Range(0, cols.Count).Where(i => cols[i] == Col.Title).ToList();
        if (titles.Count == 2 && !cols.Contains(Col.Activity) && PhraseKit.Fold(texts[titles[0]]).Contains("nhiem vu", StringComparison.Ordinal)
            && ContentDetail.IsMatch(PhraseKit.Fold(texts[titles[1]])))
        {
            cols[titles[1]] = Col.Activity;
        }
    }

    /// <summary>The contents of a task, named beside its task column.</summary>
    private static readonly System.Text.RegularExpressions.Regex ContentDetail = new(
        @"\bnoi dung (thuc hien|cu the|chi tiet)\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>
    /// Two time cells side by side, the later naming the deadline ("Thời gian thực hiện | Thời hạn hoàn thành"): the
    /// earlier is the start of the window, not a second deadline.
    /// </summary>
    public static void MarkStart(IList<Col?> cols, IReadOnlyList<string> texts)
    {
        var times = Enumerable.Range(0, cols.Count).Where(i => cols[i] == Col.Time).ToList();
        if (times.Count == 2 && NamesEnd(PhraseKit.Fold(texts[times[1]])) && !NamesEnd(PhraseKit.Fold(texts[times[0]])))
        {
            cols[times[0]] = Col.Start;
        }
    }

    /// <summary>
    /// Text headers: a start column printed before the deadline column ("Thời gian bắt đầu | Thời gian kết thúc",
    /// "Thời gian thực hiện | Thời hạn hoàn thành", "Bắt đầu | Kết thúc" under a spanning "Thời gian") adds
    /// <see cref="Col.Start"/> just before <see cref="Col.Time"/>, so that the end cell, not the start, is the schedule.
    /// </summary>
    public static IReadOnlyList<Col> WithStart(string headerText, IReadOnlyList<Col> columns)
    {
        var f = PhraseKit.Fold(headerText);
        var at = columns.ToList().IndexOf(Col.Time);
        if (at < 0 || columns.Contains(Col.Start) || !StartThenEnd.IsMatch(f))
        {
            return columns;
        }

        var cols = columns.ToList();
        cols.Insert(at, Col.Start);
        return cols;
    }

    private static readonly System.Text.RegularExpressions.Regex StartThenEnd = new(
        @"\bbat dau\b.*\b(ket thuc|hoan thanh)\b|\bthoi gian thuc hien\b.*\b(thoi han|han) hoan thanh\b",
        System.Text.RegularExpressions.RegexOptions.Compiled);

    private static bool NamesEnd(string f) => System.Text.RegularExpressions.Regex.IsMatch(f, @"hoan thanh|ket thuc|thoi han|(^|\s)han\s|den ngay");

    /// <summary>Whether a folded header text names the time column: Thời gian, Thời hạn, Tiến độ, Thời điểm, Hạn / Mốc /
    /// Ngày hoàn thành.</summary>
    private static bool NamesTime(string f) =>
        f.Contains("thoi gian", StringComparison.Ordinal) || f.Contains("thoi han", StringComparison.Ordinal) || f.Contains("tien do", StringComparison.Ordinal)
        || System.Text.RegularExpressions.Regex.IsMatch(f, @"thoi diem|^(han|moc|ngay) (hoan thanh|chot|thuc hien)");
}
