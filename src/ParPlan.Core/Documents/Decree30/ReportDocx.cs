using ParPlan.Core.Reports;

namespace ParPlan.Core.Documents.Decree30;

/// <summary>A report as a Decree 30 document: "BÁO CÁO" and its subject, the sections of its outline with their text
/// (top-level "I.", "II." in capitals; sub-sections "1.", "2."), the signature and recipients, then the statistical
/// annex.</summary>
public static class ReportDocx
{
    public static OfficialDocument Compose(OfficialHeader header, string subject, IReadOnlyList<OutlineSection> outline, IReadOnlyDictionary<string, string> texts,
        Annex? annex, Signature signature, Recipients recipients)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(texts);
        return new OfficialDocument(header, "BÁO CÁO", subject, [], [], outline.Select(s => Section(s, texts)).ToList(), signature, recipients,
            annex is null ? [] : [annex]);
    }

    /// <summary>The same with several annexes (task figures, then the other figures), labelled by
    /// <see cref="ReportAnnex.Numbered"/>.</summary>
    public static OfficialDocument Compose(OfficialHeader header, string subject, IReadOnlyList<OutlineSection> outline, IReadOnlyDictionary<string, string> texts,
        IReadOnlyList<Annex> annexes, Signature signature, Recipients recipients)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(annexes);
        return new OfficialDocument(header, "BÁO CÁO", subject, [], [], outline.Select(s => Section(s, texts)).ToList(), signature, recipients, annexes);
    }

    public static byte[] Write(OfficialHeader header, string subject, IReadOnlyList<OutlineSection> outline, IReadOnlyDictionary<string, string> texts,
        Annex? annex, Signature signature, Recipients recipients) =>
        Decree30Writer.Write(Compose(header, subject, outline, texts, annex, signature, recipients));

    private static DocumentSection Section(OutlineSection section, IReadOnlyDictionary<string, string> texts)
    {
        var number = section.Code.Split('.')[^1];
        var text = texts.TryGetValue(section.Code, out var t) ? t : "";
        return new DocumentSection($"{number}. {section.Heading}", text.Length == 0 ? [] : [text], section.Sections.Select(c => Section(c, texts)).ToList());
    }
}
