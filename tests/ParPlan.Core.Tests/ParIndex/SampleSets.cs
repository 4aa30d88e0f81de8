using ParPlan.Core.ParIndex;

namespace ParPlan.Core.Tests.ParIndex;

/// <summary>A small set with one leaf of each rule kind, small enough to compute by hand: fields 1 (40) and 2 (30),
/// survey 30, scale 100; bonus capped at 2, penalty at 3; "Xuất sắc" lost when 2.2 scored 0.</summary>
internal static class SampleSets
{
    public const string Json = """
    {
      "schema": "parplan.par-criteria/1",
      "name": "Bộ tiêu chí thử",
      "issuer": "UBND tỉnh Thử",
      "year": 2026,
      "block": "commune",
      "effectiveFrom": "2026-01-01",
      "selfAssessmentLockOn": "2026-12-15",
      "scale": 100,
      "fields": [
        { "code": "1", "title": "Chỉ đạo, điều hành", "maxPoints": 40, "ownerArea": "direction", "criteria": [
          { "code": "1.1", "title": "Ban hành kế hoạch", "maxPoints": 20, "evidence": "Kế hoạch CCHC",
            "rule": { "kind": "choice", "options": [ { "label": "Đúng hạn", "points": 20 }, { "label": "Chậm", "points": 10 }, { "label": "Không", "points": 0 } ] } },
          { "code": "1.2", "title": "Hoàn thành kế hoạch", "maxPoints": 20,
            "rule": { "kind": "ratio", "measure": "plan.tasks-done-on-time",
                      "bands": [ { "min": 100, "points": 20 }, { "min": 80, "points": 15 }, { "min": 50, "points": 5 }, { "min": 0, "points": 0 } ] } }
        ] },
        { "code": "2", "title": "Thủ tục hành chính", "maxPoints": 30, "ownerArea": "procedures", "criteria": [
          { "code": "2.1", "title": "Giải quyết hồ sơ", "maxPoints": 28, "rule": { "kind": "manual", "step": 0.5 } },
          { "code": "2.2", "title": "Báo cáo năm", "maxPoints": 2,
            "rule": { "kind": "deadline", "output": "report", "due": "2026-01-31", "onTime": 2, "late": 1, "missing": 0 } }
        ] }
      ],
      "survey": { "maxPoints": 30 },
      "adjustments": { "bonusMax": 2, "penaltyMax": 3 },
      "notApplicable": "rescale",
      "bands": [
        { "name": "Xuất sắc", "min": 90, "unless": ["2.2=0"] },
        { "name": "Tốt", "min": 80 },
        { "name": "Khá", "min": 65 },
        { "name": "Trung bình", "min": 50 },
        { "name": "Yếu", "min": 0 }
      ]
    }
    """;

    public static CriteriaSet Sample()
    {
        var read = CriteriaJson.Read(Json);
        Assert.Empty(read.Problems);
        return read.Set!;
    }
}
