using ParPlan.Core.Indicators;
using ParPlan.Features.Dossiers;

namespace ParPlan.Features.Indicators;

/// <summary>What an import hands to the computation (<see cref="DossierImporter.Counts"/>): the counts of its accepted
/// rows with a finish date, accumulated while reading without the clock, the years the versions it replaced counted in,
/// and how many rows it wrote (inserted or updated).</summary>
public sealed record ImportedCounts(long BatchId, DossierYearsAccumulator Counts, TouchedYears Replaced, long Written)
{
    /// <summary>Every year the import can have moved: those of its rows and those of the versions it replaced.</summary>
    public TouchedYears Touched
    {
        get
        {
            var touched = new TouchedYears();
            touched.UnionWith(Counts.Touched);
            touched.UnionWith(Replaced);
            return touched;
        }
    }
}
