using System.Text.Json;
using ParPlan.Core.Plans;
using ParPlan.Core.Schedules;

namespace ParPlan.Features.Plans;

/// <summary>JSON columns of the plans feature, written with the contract's settings (<see cref="PlanJson.Options"/>).</summary>
public static class PlanJsonText
{
    /// <summary>The contract spelling of an enum value ("digital-government", "per-level").</summary>
    public static string Enum<T>(T value)
        where T : struct, System.Enum => JsonSerializer.Serialize(value, PlanJson.Options).Trim('"');

    public static T? ParseEnum<T>(string? text)
        where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>("\"" + text + "\"", PlanJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string List(IEnumerable<string> items) => JsonSerializer.Serialize(items.ToList(), PlanJson.Options);

    public static IReadOnlyList<string> ReadList(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<string>>(json, PlanJson.Options) ?? [];

    /// <summary>Import warnings as stored on a plan: codes plus arguments.</summary>
    public static string Notices(IEnumerable<ImportWarning> warnings) => JsonSerializer.Serialize(warnings.ToList(), PlanJson.Options);

    /// <summary>Stored import warnings rendered in Vietnamese (<see cref="ImportWarningText"/>).</summary>
    public static IReadOnlyList<string> ReadNotices(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return ImportWarningText.Vietnamese(JsonSerializer.Deserialize<List<ImportWarning>>(json, PlanJson.Options) ?? []);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string Schedule(Schedule schedule) => JsonSerializer.Serialize(schedule, PlanJson.Options);

    public static Schedule ReadSchedule(string? json, string text)
    {
        if (!string.IsNullOrWhiteSpace(json))
        {
            try
            {
                if (JsonSerializer.Deserialize<Schedule>(json, PlanJson.Options) is { } schedule)
                {
                    return schedule;
                }
            }
            catch (JsonException)
            {
            }
        }

        return new Schedule { Text = text, Kind = ScheduleKind.None };
    }

    /// <summary>The deadline a task is tracked against: the due date, the window's end, the last dated occurrence,
    /// or the deadline of the plan's own level. Conditional, reference and blank schedules have none yet.</summary>
    public static DateOnly? DueDate(Schedule schedule, GovernmentLevel? planLevel = null) => schedule.Kind switch
    {
        ScheduleKind.Date or ScheduleKind.Period or ScheduleKind.Ongoing => schedule.Due ?? schedule.To,
        ScheduleKind.Multi or ScheduleKind.Recurring => schedule.Occurrences?.Where(o => o.Due is not null).Select(o => o.Due).Max() ?? schedule.Due,
        ScheduleKind.PerLevel => schedule.PerLevel?.FirstOrDefault(l => l.Level == planLevel)?.Due
            ?? schedule.PerLevel?.Where(l => l.Due is not null).Select(l => l.Due).Max(),
        _ => null,
    };
}
