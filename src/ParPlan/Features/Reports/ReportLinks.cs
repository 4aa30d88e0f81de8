namespace ParPlan.Features.Reports;

/// <summary>Where a report notification points: the report itself once started, else the reporting calendar. The report
/// pages declare these routes.</summary>
public static class ReportLinks
{
    public const string Calendar = "/bao-cao";

    public static string Report(Guid id) => $"/bao-cao/{id}";
}
