using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ParPlan.Data;

/// <summary>Stores an instant as UTC ticks (a sortable integer) and reads it back as UTC.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
