using ParPlan.Core.Labels;

namespace ParPlan.Core.Tests.Labels;

/// <summary>The vocabularies of the records (dialogue issues, initiatives, commitments, feedback): every code has its
/// own Vietnamese label, never the code itself nor the fallback an unknown code gets.</summary>
public class RecordLabelsTests
{
    public static TheoryData<string, IReadOnlyList<string>, Func<string?, string>> Vocabularies => new()
    {
        { "dialogue issue status", DialogueIssueStatusLabels.Codes, DialogueIssueStatusLabels.Label },
        { "initiative stage", InitiativeStageLabels.Codes, InitiativeStageLabels.Label },
        { "recognition level", RecognitionLevelLabels.Codes, RecognitionLevelLabels.Label },
        { "signatory pair", SignatoryPairLabels.Codes, SignatoryPairLabels.Label },
        { "commitment result", CommitmentResultLabels.Codes, CommitmentResultLabels.Label },
        { "feedback channel", FeedbackChannelLabels.Codes, FeedbackChannelLabels.Label },
        { "feedback satisfaction", FeedbackSatisfactionLabels.Codes, FeedbackSatisfactionLabels.Label },
    };

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Every_code_has_its_own_Vietnamese_label(string vocabulary, IReadOnlyList<string> codes, Func<string?, string> label)
    {
        var unknown = label("khong-co-ma-nay");
        var labels = codes.Select(c => label(c)).ToList();

        Assert.All(codes.Zip(labels), pair =>
        {
            Assert.NotEqual(unknown, pair.Second);
            Assert.DoesNotContain(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(pair.Second, ch => ch > '\u007f'); // Vietnamese, with its diacritics
        });
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.False(string.IsNullOrEmpty(vocabulary));
    }
}
