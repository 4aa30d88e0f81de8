using ParPlan.Core.Documents.Decree30;

namespace ParPlan.Features.Reports;

/// <summary>What a report's first page and last block say about who issues it and to whom.</summary>
public sealed record HeaderFacts(string? ParentBody, string IssuingBody, string IssuerName, string Code, string Place, string UnitCode,
    Signature Signature, Recipients Recipients);
