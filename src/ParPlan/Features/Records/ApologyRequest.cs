namespace ParPlan.Features.Records;

/// <summary>The body of <c>PUT /api/records/late-dossiers/{id}/apology</c> and of the page's form: the explanation, the
/// letter's number, date (ISO in the API) and way of sending (a code of <see cref="Core.Labels.ApologyMethodLabels"/>),
/// and the version read (null for the first record).</summary>
public sealed record ApologyRequest(string? Explanation, string? LetterNumber, DateOnly? LetterDate, string? Method, long? Version);
