namespace ParPlan.Core.Reports;

/// <summary>
/// Task counts as of a window's end. The five parts do not overlap and add up to <see cref="Total"/>: done on time,
/// done late ("Hoàn thành quá hạn"), in progress and not yet due, not started and not yet due, and overdue (not done,
/// past its deadline).
/// </summary>
public sealed record TaskFigures(int Total, int Done, int DoneLate, int InProgress, int NotStarted, int Overdue)
{
    public static TaskFigures Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public TaskFigures Add(TaskFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Total + other.Total, Done + other.Done, DoneLate + other.DoneLate, InProgress + other.InProgress,
            NotStarted + other.NotStarted, Overdue + other.Overdue);
    }

    /// <summary>Done, on time or late.</summary>
    public int Finished => Done + DoneLate;
}
