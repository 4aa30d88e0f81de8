using System.Security.Claims;
using ParPlan.Data;

namespace ParPlan.Features.Tasks;

/// <summary>The task page's one form: progress and, optionally, one piece of evidence, saved together or not at all.
/// The API keeps its two endpoints (<see cref="TaskCommands"/>, <see cref="EvidenceCommands"/>); this composes them in
/// one transaction, with the same rules and messages.</summary>
public sealed class TaskReportCommands(AppDbContext db, TaskCommands tasks, EvidenceCommands evidence)
{
    public async Task<Result<TaskReportOutcome>> ReportAsync(ClaimsPrincipal user, Guid taskId,
        ProgressRequest progress, EvidenceUpload? upload, TaskState? current, CancellationToken ct = default)
    {
        // Evidence added to a task whose status, percent and note the form leaves as they are is not a new progress report.
        var progressChanged = upload is null || current is null || progress.Status != current.Status || progress.Percent != current.Percent
            || !string.IsNullOrWhiteSpace(progress.Note);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (progressChanged)
        {
            var recorded = await tasks.RecordProgressAsync(user, taskId, progress, ct);
            if (recorded.Error is { } failure)
            {
                return failure;
            }
        }

        if (upload is not null)
        {
            var added = await evidence.AddAsync(user, taskId, upload, ct);
            if (added.Error is { } failure)
            {
                // The progress saved above is rolled back with the transaction: nothing of the form is kept half-way.
                db.ChangeTracker.Clear();
                return failure;
            }
        }

        await transaction.CommitAsync(ct);
        return upload is null ? TaskReportOutcome.Progress : progressChanged ? TaskReportOutcome.ProgressAndEvidence : TaskReportOutcome.Evidence;
    }

    /// <summary>The evidence part of a form, or null when every evidence field was left empty.</summary>
    public static EvidenceUpload? EvidenceOf(string? title, string? documentNumber, string? documentDate, string? link, IFormFile? file) =>
        file is null && new[] { title, documentNumber, documentDate, link }.All(string.IsNullOrWhiteSpace)
            ? null
            : new EvidenceUpload(title, documentNumber, documentDate, link, file);
}
