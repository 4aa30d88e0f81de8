using System.Globalization;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>
/// The first-page header of an official document (Decree 30/2020, Phụ lục I): the parent body (if any) and the issuing
/// body, the number with its code ("BC-UBND"), the place and the date. A draft has no number ("Số:      /BC-UBND") and
/// may have no day yet (then <see cref="DraftYear"/> fills the year).
/// </summary>
public sealed record OfficialHeader(string? ParentBody, string IssuingBody, string Code, string Place, int? Number, DateOnly? Date, int? DraftYear = null)
{
    /// <summary>"Số: 05/BC-UBND": numbers below 10 get a leading 0; "/" and "-" without spaces.</summary>
    public string NumberLine => Number is { } n ? $"Số: {n.ToString("00", CultureInfo.InvariantCulture)}/{Code}" : $"Số:      /{Code}";

    /// <summary>"Vĩnh Chấp, ngày 06 tháng 02 năm 2023": days below 10 and months 1 and 2 get a leading 0; other months
    /// are written as they are ("ngày 15 tháng 3 năm 2026").</summary>
    public string DateLine => Date is { } d
        ? $"{Place}, ngày {d.Day:00} tháng {(d.Month < 3 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}"
        : $"{Place}, ngày      tháng      năm {DraftYear?.ToString(CultureInfo.InvariantCulture) ?? "     "}";
}
