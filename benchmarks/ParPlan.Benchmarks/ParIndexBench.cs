using System.Diagnostics;
using ParPlan.Core.ParIndex;

namespace ParPlan.Benchmarks;

/// <summary>`--par`: finalise and rank 150 communes on a 100-criterion set (10 fields of 10 leaves, one rule kind each in
/// turn, some criteria not applicable, a disqualifying band rule), from the set's JSON to the ranked list (target ≤ 2 s).</summary>
public static class ParIndexBench
{
    public static void Run()
    {
        var set = BuildSet();
        var json = CriteriaJson.Write(set);
        var random = new Random(14);
        var leaves = set.Leaves().ToList();
        var units = Enumerable.Range(1, 150).Select(u => (Id: u, Input: new IndexInput(
            leaves.ToDictionary(l => l.Code, l => new LeafScore(Math.Round((decimal)random.NextDouble() * l.MaxPoints * 4) / 4, random.Next(40) != 0)),
            random.Next(20, 31), random.Next(0, 3), random.Next(0, 3)))).ToList();

        for (var i = 0; i < 3; i++) Once(json, units);
        var sw = Stopwatch.StartNew();
        var ranked = Once(json, units);
        Console.WriteLine($"PAR INDEX: read and validate the set, finalise and rank 150 communes × {leaves.Count} criteria: {sw.Elapsed.TotalMilliseconds:0.0} ms"
            + $" (best {ranked[0].Index}, worst {ranked[^1].Index})");
    }

    private static IReadOnlyList<RankedUnit<int>> Once(string json, List<(int Id, IndexInput Input)> units)
    {
        var read = CriteriaJson.Read(json);
        if (!read.IsValid) throw new InvalidOperationException(string.Join("; ", read.Problems));
        var calculator = new ParIndexCalculator(read.Set!);
        var results = units.Select(u => (u.Id, calculator.Compute(u.Input).Index)).ToList();
        return ParRanking.Rank(results);
    }

    private static CriteriaSet BuildSet() => new()
    {
        Name = "Bộ tiêu chí đo hiệu năng",
        Issuer = "UBND tỉnh",
        Year = 2026,
        Block = ParBlocks.Commune,
        EffectiveFrom = new DateOnly(2026, 1, 1),
        SelfAssessmentLockOn = new DateOnly(2026, 12, 15),
        Scale = 100,
        Survey = new SurveySpec(30),
        Adjustments = new AdjustmentSpec(2, 2),
        Fields = [.. Enumerable.Range(1, 10).Select(f => new CriterionNode
        {
            Code = $"{f}", Title = $"Lĩnh vực {f}", MaxPoints = 7, OwnerArea = ParAreas.All[(f - 1) % ParAreas.All.Count],
            Criteria = [.. Enumerable.Range(1, 10).Select(c => new CriterionNode { Code = $"{f}.{c}", Title = $"Tiêu chí {f}.{c}", MaxPoints = 0.7m, Rule = Rule(c) })],
        })],
        Bands = [new BandRule { Name = "Xuất sắc", Min = 90, Unless = ["1.1=0"] }, new BandRule { Name = "Tốt", Min = 80 }, new BandRule { Name = "Khá", Min = 65 }, new BandRule { Name = "Yếu", Min = 0 }],
    };

    private static ScoringRule Rule(int c) => (c % 4) switch
    {
        0 => new ScoringRule { Kind = RuleKinds.Manual, Step = 0.05m },
        1 => new ScoringRule { Kind = RuleKinds.Choice, Options = [new("Đạt", 0.7m), new("Một phần", 0.35m), new("Không", 0)] },
        2 => new ScoringRule { Kind = RuleKinds.Ratio, Measure = ParMeasures.PlanTasksDoneOnTime, Bands = [new(100, 0.7m), new(80, 0.35m), new(0, 0)] },
        _ => new ScoringRule { Kind = RuleKinds.Deadline, Output = "report", Due = new DateOnly(2026, 1, 31), OnTime = 0.7m, Late = 0.35m, Missing = 0 },
    };
}
