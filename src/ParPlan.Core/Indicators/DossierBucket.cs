namespace ParPlan.Core.Indicators;

/// <summary>The key of a count bucket: unit code, lĩnh vực ("" when empty) and procedure code ("" unless kept).</summary>
public readonly record struct DossierBucket(string Unit, string Field, string Procedure);
