namespace ParPlan.Core.Tests.Plans.Layouts;

/// <summary>
/// One way a province prints its task table: the columns and their header texts (a second header row when the header
/// spans two rows), whether consecutive tasks of an area are grouped under one TT as sub-rows ("khung nhiệm vụ"),
/// lettered sub-groups, a header row repeated inside the table, a portrait body with a landscape annex, and a table
/// split in two across a section break.
/// </summary>
public sealed record PlanLayout(string Name, IReadOnlyList<(LayoutColumn Column, string Header)> Columns)
{
    /// <summary>Header texts of a second header row (null: the first row's cell is merged down); empty: one header row.</summary>
    public IReadOnlyList<string?> SecondHeader { get; init; } = [];

    /// <summary>Top-row cells that span several columns over the second header row: (first column index, span, text).</summary>
    public IReadOnlyList<(int Column, int Span, string Text)> SpanningHeaders { get; init; } = [];

    public bool GroupSubRows { get; init; }
    public bool Lettered { get; init; }
    public int RepeatHeaderEvery { get; init; }
    public bool LandscapeAnnex { get; init; }
    public bool SplitTable { get; init; }

    /// <summary>Whether the layout is also scored as extracted text (layouts whose text differs from another's only in
    /// Word structure — repeated headers, sections, annexes — are scored as DOCX and PDF only).</summary>
    public bool TextExtraction { get; init; }

    public static IReadOnlyList<PlanLayout> All { get; } =
    [
        new("six-columns", [(LayoutColumn.Ref, "STT"), (LayoutColumn.Title, "Nhiệm vụ"), (LayoutColumn.Output, "Kết quả/Sản phẩm"),
            (LayoutColumn.Lead, "Cơ quan chủ trì"), (LayoutColumn.Support, "Cơ quan phối hợp"), (LayoutColumn.Time, "Thời gian thực hiện/hoàn thành")]) { TextExtraction = true },
        new("five-columns", [(LayoutColumn.Ref, "TT"), (LayoutColumn.Title, "Nội dung công việc"), (LayoutColumn.Lead, "Chủ trì"),
            (LayoutColumn.Support, "Phối hợp"), (LayoutColumn.Time, "Thời gian hoàn thành")]) { TextExtraction = true },
        new("time-before-units", [(LayoutColumn.Ref, "TT"), (LayoutColumn.Title, "Nội dung công việc"), (LayoutColumn.Time, "Thời gian thực hiện"),
            (LayoutColumn.Lead, "Cơ quan chủ trì"), (LayoutColumn.Support, "Phối hợp"), (LayoutColumn.Output, "Sản phẩm"), (LayoutColumn.Funding, "Kinh phí")]) { TextExtraction = true },
        new("numbered-headers", [(LayoutColumn.Ref, "TT"), (LayoutColumn.Objective, "1- Mục tiêu/Chỉ tiêu/nội dung"), (LayoutColumn.Title, "2- Nhiệm vụ"),
            (LayoutColumn.Activity, "3- Hoạt động"), (LayoutColumn.Output, "4- Kết quả, sản phẩm"), (LayoutColumn.Lead, "5- Chủ trì"),
            (LayoutColumn.Support, "6- Phối hợp"), (LayoutColumn.Time, "7- Thời gian hoàn thành")]) { TextExtraction = true },
        new("two-row-header", [(LayoutColumn.Ref, "STT"), (LayoutColumn.Title, "Nhiệm vụ"), (LayoutColumn.Output, "Sản phẩm"),
            (LayoutColumn.Lead, "Đơn vị thực hiện"), (LayoutColumn.Support, ""), (LayoutColumn.Time, "Thời gian")])
        {
            SecondHeader = [null, null, null, "Chủ trì", "Phối hợp", null],
            SpanningHeaders = [(3, 2, "Đơn vị thực hiện")],
        },
        new("framework-nine-columns", Framework) { GroupSubRows = true, TextExtraction = true },
        new("framework-lettered", Framework) { GroupSubRows = true, Lettered = true, TextExtraction = true },
        new("lettered-groups", [(LayoutColumn.Ref, "STT"), (LayoutColumn.Title, "Nhiệm vụ"), (LayoutColumn.Lead, "Cơ quan chủ trì"),
            (LayoutColumn.Support, "Cơ quan phối hợp"), (LayoutColumn.Time, "Thời hạn hoàn thành"), (LayoutColumn.Output, "Sản phẩm")]) { Lettered = true, TextExtraction = true },
        new("repeated-header", [(LayoutColumn.Ref, "STT"), (LayoutColumn.Title, "Nhiệm vụ"), (LayoutColumn.Output, "Kết quả/Sản phẩm"),
            (LayoutColumn.Lead, "Cơ quan chủ trì"), (LayoutColumn.Support, "Cơ quan phối hợp"), (LayoutColumn.Time, "Thời gian hoàn thành")]) { RepeatHeaderEvery = 9 },
        new("portrait-body-landscape-annex", [(LayoutColumn.Ref, "TT"), (LayoutColumn.Title, "Nội dung nhiệm vụ"), (LayoutColumn.Output, "Sản phẩm"),
            (LayoutColumn.Lead, "Chủ trì"), (LayoutColumn.Support, "Phối hợp"), (LayoutColumn.Time, "Thời gian"), (LayoutColumn.Funding, "Kinh phí")]) { LandscapeAnnex = true },
        new("empty-column", [(LayoutColumn.Ref, "STT"), (LayoutColumn.Title, "Nhiệm vụ"), (LayoutColumn.Blank, ""), (LayoutColumn.Lead, "Cơ quan chủ trì"),
            (LayoutColumn.Support, "Cơ quan phối hợp"), (LayoutColumn.Time, "Thời gian thực hiện"), (LayoutColumn.Blank, "Ghi chú")]),
        new("table-split-across-sections", [(LayoutColumn.Ref, "STT"), (LayoutColumn.Title, "Nhiệm vụ"), (LayoutColumn.Output, "Kết quả/Sản phẩm"),
            (LayoutColumn.Lead, "Cơ quan chủ trì"), (LayoutColumn.Support, "Cơ quan phối hợp"), (LayoutColumn.Time, "Thời gian thực hiện")]) { SplitTable = true },
    ];

    private static IReadOnlyList<(LayoutColumn, string)> Framework =>
    [
        (LayoutColumn.Ref, "TT"), (LayoutColumn.Objective, "Mục tiêu/Chỉ tiêu/nội dung"), (LayoutColumn.Title, "Nhiệm vụ"), (LayoutColumn.Activity, "Hoạt động"),
        (LayoutColumn.Output, "Kết quả, sản phẩm"), (LayoutColumn.Lead, "Chủ trì"), (LayoutColumn.Support, "Phối hợp"),
        (LayoutColumn.Time, "Thời gian hoàn thành"), (LayoutColumn.Funding, "Kinh phí"),
    ];

    public override string ToString() => Name;
}
