using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParPlan.Core.Calendar;
using ParPlan.Features.Tasks;

namespace ParPlan.Tests.Features.Tasks;

public sealed class CalendarOptionsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddTasks(configuration).BuildServiceProvider();
    }

    [Fact]
    public void An_unreadable_date_stops_the_start_naming_the_entry_and_the_expected_form()
    {
        using var services = Services(new()
        {
            ["Calendar:DaysOff:0"] = "13/02/2026",
            ["Calendar:DaysOff:1"] = "2026-02-14",
            ["Calendar:WorkingDays:0"] = "31/02/2026",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CalendarOptions>>().Value);

        Assert.Contains("Calendar:DaysOff:1 '2026-02-14'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Calendar:WorkingDays:0 '31/02/2026'", error.Message, StringComparison.Ordinal);
        Assert.Contains("dd/MM/yyyy", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'13/02/2026'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configured_days_shape_the_single_working_calendar()
    {
        using var services = Services(new()
        {
            ["Calendar:DaysOff:0"] = "13/02/2026",
            ["Calendar:WorkingDays:0"] = " 28/02/2026 ",
        });

        var calendar = services.GetRequiredService<WorkingCalendar>();

        Assert.Same(calendar, services.GetRequiredService<WorkingCalendar>());
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 13)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 17)));
    }

    [Fact]
    public void Without_configuration_the_default_public_holidays_apply()
    {
        using var services = Services([]);

        var calendar = services.GetRequiredService<WorkingCalendar>();

        Assert.Empty(calendar.DaysOff);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 9, 2)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 9, 3)));
    }
}
