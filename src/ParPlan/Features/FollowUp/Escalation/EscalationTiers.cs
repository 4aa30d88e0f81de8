using Microsoft.Extensions.Options;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.FollowUp.Escalation;

/// <summary>
/// The leader escalation threshold per tier of government: <c>FollowUp:LeaderEscalationDaysByLevel</c> maps the level
/// of a leader's own government (<see cref="UnitLevel"/> names: Province, District, Commune) to days overdue; a tier
/// not in the map uses <c>FollowUp:LeaderEscalationDays</c>.
/// </summary>
public static class EscalationTiers
{
    public const string MapKey = FollowUpOptions.Section + ":" + nameof(FollowUpOptions.LeaderEscalationDaysByLevel);

    /// <summary>The levels a government unit can have, so the only valid keys of the map.</summary>
    public static readonly IReadOnlyList<UnitLevel> Levels = [UnitLevel.Province, UnitLevel.District, UnitLevel.Commune];

    /// <summary>The level named by a key of the map (enum name, any case; numbers are not names), if it is a tier.</summary>
    public static UnitLevel? LevelOf(string key) => Levels.Cast<UnitLevel?>().FirstOrDefault(l => string.Equals(l.ToString(), key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Days a task must be overdue by, more than, before a leader of a government of <paramref name="level"/> hears of it.</summary>
    public static int DaysFor(FollowUpOptions options, UnitLevel? level)
    {
        foreach (var (key, days) in options.LeaderEscalationDaysByLevel)
        {
            if (level is not null && LevelOf(key) == level)
            {
                return days;
            }
        }

        return options.LeaderEscalationDays;
    }

    /// <summary>The smallest threshold of any tier: no task overdue by less reaches any leader.</summary>
    public static int Smallest(FollowUpOptions options) => options.LeaderEscalationDaysByLevel.Values.Append(options.LeaderEscalationDays).Min();
}
