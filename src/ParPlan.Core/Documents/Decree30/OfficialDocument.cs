namespace ParPlan.Core.Documents.Decree30;

/// <summary>
/// Everything a Decree 30 document holds: the header, the document type ("BÁO CÁO", "KẾ HOẠCH") and subject, the legal
/// bases, the body sections, the signature and recipients, and the annexes that follow on landscape pages.
/// </summary>
public sealed record OfficialDocument(
    OfficialHeader Header,
    string TypeName,
    string Subject,
    IReadOnlyList<string> LegalBases,
    IReadOnlyList<string> Opening,
    IReadOnlyList<DocumentSection> Sections,
    Signature Signature,
    Recipients Recipients,
    IReadOnlyList<Annex> Annexes);
