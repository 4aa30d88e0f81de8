namespace ParPlan.Features.Reports;

/// <summary>A generated document ready to download.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);
