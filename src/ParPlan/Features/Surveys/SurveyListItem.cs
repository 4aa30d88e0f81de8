namespace ParPlan.Features.Surveys;

/// <summary>A campaign in the list: its government, year, title and how many responses it holds.</summary>
public sealed record SurveyListItem(Guid Id, Guid GovernmentId, string GovernmentName, int Year, string Title, int Responses, DateTimeOffset CreatedAt);
