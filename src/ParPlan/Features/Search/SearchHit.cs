namespace ParPlan.Features.Search;

public sealed record SearchHit(string Kind, Guid Id, string Title, string Link);
