using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ParPlan.Tests.Features.Auth;

public sealed class LoggingTests
{
    [Theory]
    [InlineData("Production", ConsoleFormatterNames.Json)]
    [InlineData("Development", ConsoleFormatterNames.Simple)]
    public async Task Console_logs_are_json_in_production_and_simple_in_development(string environment, string formatter)
    {
        await using var app = new ParPlanFactory(environment: environment);
        using var client = app.CreateClient();

        var options = app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(formatter, options.FormatterName);
    }
}
