namespace ParPlan.Core.Records;

/// <summary>What an officer records against a late dossier: the explanation (giải trình trách nhiệm with the head of the
/// agency) and the apology letter (its number, date and how it was sent). Any part may still be missing.</summary>
public sealed record ApologyInput(string? Explanation, string? LetterNumber, DateOnly? LetterDate, string? Method)
{
    public bool HasExplanation => !string.IsNullOrWhiteSpace(Explanation);

    public bool HasLetter => !string.IsNullOrWhiteSpace(LetterNumber) && LetterDate is not null && Method is not null;

    /// <summary>Both the explanation and the letter: the dossier meets the plans' "100% … giải trình … và thực hiện xin lỗi".</summary>
    public bool Complete => HasExplanation && HasLetter;
}
