using System.Globalization;

namespace ParPlan.Core.Surveys;

/// <summary>Turns the rows of a survey file into responses under a column mapping: the sector as written, the unit found
/// by <c>unitOf</c> (its code or name), each mapped question's score (a number or the five-point wording, empty = not
/// answered), then the response checks of <see cref="SurveyCalculator.Check(SurveyResponseInput, IReadOnlyList{SurveyQuestionSpec})"/>.</summary>
public static class SurveyRowReader
{
    public static SurveyFileRow Read(int line, IReadOnlyList<string> cells, SurveyFileMapping mapping, IReadOnlyList<SurveyQuestionSpec> questions,
        Func<string, Guid?> unitOf)
    {
        var problems = new List<string>();
        var sector = Cell(cells, mapping.SectorColumn).Trim();
        Guid? unit = null;
        if (mapping.UnitColumn is { } uc && Cell(cells, uc).Trim() is { Length: > 0 } unitText)
        {
            unit = unitOf(unitText);
            if (unit is null) problems.Add($"Không có đơn vị «{unitText}» trong phạm vi của đợt khảo sát; ghi mã hoặc tên đơn vị như trong danh mục.");
        }

        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var q in questions)
        {
            if (!mapping.QuestionColumns.TryGetValue(q.Code, out var column)) continue;
            var cell = Cell(cells, column);
            if (!SurveyScoreText.TryParse(cell, q.ScaleMax, out var score))
            {
                problems.Add($"Ô «{cell.Trim()}» của {q.Describe()} không phải điểm: ghi số từ 1 đến {q.ScaleMax.ToString(CultureInfo.InvariantCulture)}"
                    + (q.ScaleMax == 5 ? " hoặc mức (Rất hài lòng … Rất không hài lòng)." : "."));
            }
            else if (score is { } s)
            {
                answers[q.Code] = s;
            }
        }

        var input = new SurveyResponseInput(sector, unit, answers);
        problems.AddRange(SurveyCalculator.Check(input, questions));
        return new SurveyFileRow(line, problems.Count == 0 ? input : null, problems);
    }

    private static string Cell(IReadOnlyList<string> cells, int column) => column >= 0 && column < cells.Count ? cells[column] ?? "" : "";
}
