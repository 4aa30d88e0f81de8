using System.Globalization;

namespace ParPlan.Tests.Features.ParIndex;

/// <summary>A small set with one leaf of each rule kind (the core tests' sample), dated around the test's clock: fields
/// 1 "direction" (1.1 choice 20/10/0, 1.2 ratio on plan tasks) and 2 "procedures" (2.1 manual step 0.5 of 28, 2.2 deadline
/// 2/1/0), survey 30, bonus ≤ 2, penalty ≤ 3, "Xuất sắc" from 90 unless 2.2 = 0.</summary>
public static class ParSample
{
    public static string Json(DateOnly today, int lockInDays = 10, decimal max21 = 28, decimal max22 = 2, string name = "Bộ tiêu chí thử") =>
        $$"""
        {
          "schema": "parplan.par-criteria/1",
          "name": "{{name}}",
          "issuer": "UBND tỉnh Thử",
          "year": {{today.Year}},
          "block": "commune",
          "effectiveFrom": "{{today.Year}}-01-01",
          "selfAssessmentLockOn": "{{today.AddDays(lockInDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}",
          "scale": 100,
          "fields": [
            { "code": "1", "title": "Chỉ đạo, điều hành", "maxPoints": 40, "ownerArea": "direction", "criteria": [
              { "code": "1.1", "title": "Ban hành kế hoạch", "maxPoints": 20, "evidence": "Kế hoạch CCHC",
                "rule": { "kind": "choice", "options": [ { "label": "Đúng hạn", "points": 20 }, { "label": "Chậm", "points": 10 }, { "label": "Không", "points": 0 } ] } },
              { "code": "1.2", "title": "Hoàn thành kế hoạch", "maxPoints": 20,
                "rule": { "kind": "ratio", "measure": "plan.tasks-done-on-time",
                          "bands": [ { "min": 100, "points": 20 }, { "min": 80, "points": 15 }, { "min": 50, "points": 5 }, { "min": 0, "points": 0 } ] } }
            ] },
            { "code": "2", "title": "Thủ tục hành chính", "maxPoints": {{(max21 + max22).ToString(CultureInfo.InvariantCulture)}}, "ownerArea": "procedures", "criteria": [
              { "code": "2.1", "title": "Giải quyết hồ sơ", "maxPoints": {{max21.ToString(CultureInfo.InvariantCulture)}}, "rule": { "kind": "manual", "step": 0.5 } },
              { "code": "2.2", "title": "Báo cáo năm", "maxPoints": {{max22.ToString(CultureInfo.InvariantCulture)}},
                "rule": { "kind": "deadline", "output": "report", "due": "{{today.Year}}-01-31", "onTime": {{max22.ToString(CultureInfo.InvariantCulture)}}, "late": 1, "missing": 0 } }
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
}
