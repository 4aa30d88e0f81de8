using ParPlan.Components.Layout;

namespace ParPlan.Components.Charts;

/// <summary>The segments of a task-status bar, in order, with their colours from <see cref="AppTheme"/>. An overdue task
/// is counted in "Quá hạn" only, not also in its status, so the bar's length is the number of tasks.</summary>
public static class StatusSeries
{
    public static readonly IReadOnlyList<LegendItem> Segments =
    [
        new("Hoàn thành", AppTheme.DoneColour),
        new("Hoàn thành quá hạn", AppTheme.DoneLateColour),
        new("Đang thực hiện", AppTheme.InProgressColour),
        new("Chưa thực hiện", AppTheme.NotStartedColour),
        new("Quá hạn", AppTheme.OverdueColour),
    ];

    public static string[] Palette => Segments.Select(s => s.Colour).ToArray();

    /// <summary>The five segment values of a row: done, done late, in progress (not overdue), not started or blocked
    /// (not overdue), overdue.</summary>
    public static int[] Values(int done, int doneLate, int inProgress, int notStartedOrBlocked, int overdue, int overdueInProgress) =>
        [done, doneLate, inProgress - overdueInProgress, notStartedOrBlocked - (overdue - overdueInProgress), overdue];
}
