using ParPlan.Core.Plans;

namespace ParPlan.Core.Tests.Plans.Headers;

/// <summary>One document opening and the header facts it states (null issuer: not checked).</summary>
public sealed record DocumentOpening(string Name, string Text, DocumentKind Kind, GovernmentLevel Level, string? Number, DateOnly? IssuedOn, string? Issuer = null)
{
    public override string ToString() => Name;
}
