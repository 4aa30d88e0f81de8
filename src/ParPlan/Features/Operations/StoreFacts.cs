namespace ParPlan.Features.Operations;

/// <summary>What a store holds, as a backup records and a restore checks it: its applied migrations and the rows of each table.</summary>
public sealed record StoreFacts(IReadOnlyList<string> Migrations, IReadOnlyDictionary<string, long> Tables);
