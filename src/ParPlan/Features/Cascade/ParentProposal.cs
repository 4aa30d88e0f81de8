using ParPlan.Features.Plans;

namespace ParPlan.Features.Cascade;

/// <summary>One of the government's own plans not yet linked, and the upper plan its căn cứ lines cite.</summary>
public sealed record ParentProposal(Guid PlanId, string PlanTitle, PlanListItem Parent);
