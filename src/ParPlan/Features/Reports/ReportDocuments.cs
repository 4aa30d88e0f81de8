using System.Globalization;
using System.Security.Claims;
using System.Text;
using ParPlan.Core.Documents.Decree30;
using ParPlan.Core.Reports;

namespace ParPlan.Features.Reports;

/// <summary>
/// A report as an official document through the one Decree 30 writer (<see cref="ReportDocx"/>, <see cref="AnnexXlsx"/>,
/// <see cref="LibreOfficePdfConverter"/>): DOCX (the outline's sections and their texts, a government's with its
/// children's words quoted per section, then Phụ lục I, the task figures per area for a unit or per child unit for a
/// government with accepted children, and Phụ lục II, the dossier indicators and the typed-in rows), the annexes alone as
/// XLSX (one sheet each), or PDF when
/// LibreOffice is installed (otherwise a plain Vietnamese answer, 503). The number stays blank ("Số:      /BC-UBND"): the
/// document office numbers it when it is signed; the date is the day it was submitted.
/// </summary>
public sealed class ReportDocuments(ReportQueries queries, ReportHeaderFacts facts, LibreOfficePdfConverter pdf)
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<Result<ReportFile>> DocumentAsync(ClaimsPrincipal user, Guid id, string? format, CancellationToken ct = default)
    {
        var kind = (format ?? "docx").Trim().ToLowerInvariant();
        if (kind is not ("docx" or "xlsx" or "pdf"))
        {
            return Error.Invalid("Định dạng tải về (format) phải là docx, xlsx hoặc pdf.");
        }

        var found = await queries.GetAsync(user, id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var view = found.Value!;
        var facts1 = await facts.ForAsync(view, ct);
        var date = view.SubmittedAt is { } at ? DateOnly.FromDateTime(VietnamTime.ToLocal(at).DateTime) : (DateOnly?)null;
        var header = new OfficialHeader(facts1.ParentBody, facts1.IssuingBody, facts1.Code, facts1.Place, null, date, view.WindowTo.Year);
        var attachment = $"(Kèm theo Báo cáo số      /{facts1.Code} ngày {(date is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "     ")} của {facts1.IssuerName})";
        var annexes = ReportAnnex.Numbered(Annex(view, attachment), ReportAnnex.Data(view.Figures.Indicators, Typed(view), attachment));
        var name = FileName(view, facts1.UnitCode);
        if (kind == "xlsx")
        {
            return new ReportFile(AnnexXlsx.Write(annexes), Xlsx, name + ".xlsx");
        }

        var excerpts = view.Consolidated?.Excerpts;
        var texts = view.Sections.ToDictionary(s => s.Code,
            s => excerpts?.GetValueOrDefault(s.Code) is { Count: > 0 } quoted ? (s.Text.TrimEnd() + "\n" + ReportConsolidator.ExcerptText(quoted)).TrimStart('\n') : s.Text,
            StringComparer.Ordinal);
        var subject = "Kết quả thực hiện công tác cải cách hành chính " + Lower(view.PeriodLabel);
        var docx = Decree30Writer.Write(ReportDocx.Compose(header, subject, ReportOutline.Default, texts, annexes, facts1.Signature, facts1.Recipients));
        if (kind == "docx")
        {
            return new ReportFile(docx, Docx, name + ".docx");
        }

        var converted = await Task.Run(() => pdf.Convert(docx), ct);
        return converted.Succeeded
            ? new ReportFile(converted.Pdf!, "application/pdf", name + ".pdf")
            : Error.Unavailable(converted.Problem!) with { Title = "Chưa xuất được tệp PDF" };
    }

    /// <summary>Per child unit when the report consolidates accepted children, otherwise per area.</summary>
    private static Annex Annex(ReportView view, string attachment)
    {
        var accepted = view.Children.Where(c => c.Tasks is not null).ToList();
        if (view.Consolidated is { } sum && accepted.Count > 0)
        {
            var consolidated = new ConsolidatedFigures(accepted.Select(c => (c.UnitId.ToString(), c.UnitName, c.Tasks!)).ToList(), sum.Areas, sum.Tasks, sum.Indicators);
            return ReportAnnex.FromConsolidated(consolidated, attachment);
        }

        var f = view.Figures;
        var figures = new ReportFigures(new DataWindow(view.WindowFrom, view.WindowTo, view.Cumulative), f.Areas, f.Tasks, f.Targets, f.Indicators, f.Evidence);
        return ReportAnnex.FromFigures(figures, attachment);
    }

    /// <summary>The typed-in rows as printed: the report's own values; for a government, an empty count takes the sum of
    /// its accepted children's values.</summary>
    private static IReadOnlyList<TypedAnnexRow> Typed(ReportView view) =>
        view.Consolidated?.Typed is { Count: > 0 } sums ? TypedAnnexTotals.Fill(view.Annex, sums) : view.Annex;

    private static string Lower(string label) => label.Length == 0 ? label : char.ToLower(label[0], CultureInfo.GetCultureInfo("vi-VN")) + label[1..];

    /// <summary>"bao-cao-2026-Q3-QT.XA.VINHLINH": ASCII, so every browser keeps it.</summary>
    private static string FileName(ReportView view, string unitCode)
    {
        var raw = $"bao-cao-{view.Period}-{unitCode}";
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '-');
        }

        return sb.ToString();
    }
}
