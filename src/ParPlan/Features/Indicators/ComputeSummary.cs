namespace ParPlan.Features.Indicators;

public sealed record ComputeSummary(IReadOnlyList<int> Years, long Dossiers, long Values, TimeSpan Elapsed)
{
    /// <summary>Dossiers received in a month at whose end their unit did not exist (not yet, or no longer): they were
    /// counted through the parents the unit had when it was created (or when it ended).</summary>
    public long OutsideUnitDates { get; init; }

    /// <summary>The Vietnamese sentence the CLI prints about <see cref="OutsideUnitDates"/>; null when there are none.</summary>
    public string? OutsideUnitDatesNotice => OutsideUnitDates == 0 ? null
        : $"{OutsideUnitDates} hồ sơ được tiếp nhận trong tháng mà đến cuối tháng đơn vị của hồ sơ chưa thành lập (hoặc đã giải thể, "
            + "ví dụ xã mới từ 01/07/2025): đã cộng vào các cấp trên theo đơn vị cấp trên của đơn vị đó khi thành lập (hoặc khi giải thể). "
            + "Nếu mã đơn vị trong tệp sai, hãy sửa tệp rồi nhập lại.";

    /// <summary>True when the counts accumulated by the import were used instead of reading its dossiers back.</summary>
    public bool FromImport { get; init; }

    /// <summary>Stored dossiers read back from the store: every dossier of the computed years, or, when the kept year
    /// counts were used (<see cref="DossierYearCounts"/>), only those without a finish date.</summary>
    public long ReadBack { get; init; }

    /// <summary>True when only the years an import touched were computed (<see cref="Years"/>); false for every year.</summary>
    public bool OnlyTouchedYears { get; init; }
}
