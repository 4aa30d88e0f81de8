namespace ParPlan.Features.Records;

/// <summary>The record pages' addresses (dialogues, commitments, initiatives, feedback) and their exports.</summary>
public static class RecordRoutes
{
    public const string Dialogues = "/doi-thoai";
    public const string DialoguesExport = Dialogues + "/xuat";
    public const string Commitments = "/cam-ket";
    public const string CommitmentsExport = Commitments + "/xuat";
    public const string Initiatives = "/sang-kien";
    public const string InitiativesExport = Initiatives + "/xuat";
    public const string Feedback = "/phan-anh-kien-nghi";
    public const string FeedbackExport = Feedback + "/xuat";
    public const string FeedbackReport = "/api/records/feedback/report";

    public static string Dialogue(Guid id) => $"{Dialogues}/{id}";

    public static string Commitment(Guid id) => $"{Commitments}/{id}";

    public static string Initiative(Guid id) => $"{Initiatives}/{id}";

    public static string FeedbackEntry(Guid id) => $"{Feedback}/{id}";
}
