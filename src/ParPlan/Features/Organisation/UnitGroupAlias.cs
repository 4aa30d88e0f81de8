namespace ParPlan.Features.Organisation;

/// <summary>Another phrase for a group ("UBND cấp xã", "UBND Cấp xã").</summary>
public sealed class UnitGroupAlias
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid GroupId { get; set; }

    public string Text { get; set; } = "";

    public string MatchKey { get; set; } = "";
}
