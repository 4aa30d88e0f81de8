namespace ParPlan.Features.Tasks;

/// <summary>An evidence upload: a file or a link, with the document's number/symbol and date.</summary>
public sealed record EvidenceUpload(string? Title, string? DocumentNumber, string? DocumentDate, string? Link, IFormFile? File);
