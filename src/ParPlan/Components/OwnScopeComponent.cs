using Microsoft.AspNetCore.Components;

namespace ParPlan.Components;

/// <summary>The base of a component that reads the store beside other components of the same page (the home pages'
/// work lists, the dashboard's panels): server rendering runs sibling components' loading at once, and on PostgreSQL
/// their queries really are in flight together, which one request's DbContext refuses ("A second operation was
/// started on this context"). Such a component takes its queries from <see cref="OwningComponentBase.ScopedServices"/>,
/// a service scope (and so a DbContext) of its own, and loads once, in <c>OnInitializedAsync</c>: a parent that re-renders
/// when its own data arrives sets the child's parameters again, and a second load would run beside the first on the
/// child's one context.</summary>
public abstract class OwnScopeComponent : OwningComponentBase;
