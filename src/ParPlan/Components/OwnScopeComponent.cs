using Microsoft.AspNetCore.Components;

namespace ParPlan.Components;

/// <summary>The base of a component that reads the store beside other components of the same page (the home pages'
/// work lists, the dashboard's panels): server rendering runs sibling components' loading at once, and on PostgreSQL
/// their queries really are in flight together, which one request's DbContext refuses ("A second operation was
/// started on this context"). Such a component takes its queries from <see cref="OwningComponentBase.ScopedServices"/>,
/// a service scope (and so a DbContext) of its own.</summary>
public abstract class OwnScopeComponent : OwningComponentBase;
