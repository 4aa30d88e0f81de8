using ParPlan.Core.Indicators;

namespace ParPlan.Features.Indicators;

/// <summary>A satisfaction floor of one sector on the board (D2: at least 85% for land, construction, investment, health
/// and education): the sector's index in the government's survey of the year, the floor, and whether it is reached
/// (<see cref="AttainmentStatus.NoData"/> when the survey has no answer for the sector). <paramref name="Source"/> names
/// the campaign the index comes from.</summary>
public sealed record BoardSectorFloor(string Sector, int Responses, decimal? Index, decimal Floor, string? Source)
{
    public AttainmentStatus Status => Index is { } v ? (v >= Floor ? AttainmentStatus.Met : AttainmentStatus.Missed) : AttainmentStatus.NoData;

    /// <summary>What the board calls the target: "Mức độ hài lòng lĩnh vực Đất đai (mức sàn)".</summary>
    public string Name => $"Mức độ hài lòng lĩnh vực {Sector} (mức sàn)";
}
