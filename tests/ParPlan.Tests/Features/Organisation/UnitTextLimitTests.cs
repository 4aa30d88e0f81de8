using Microsoft.Extensions.DependencyInjection;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Features.Organisation;

public sealed class UnitTextLimitTests
{
    [Fact]
    public async Task A_unit_name_or_alias_over_its_column_is_refused_naming_the_field_and_its_limit()
    {
        await using var app = new ParPlanFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<OrgCommands>();
        var since = new DateOnly(2025, 7, 1);

        var longName = await commands.CreateUnitAsync(new CreateUnitRequest("X", new string('A', 301), UnitKind.CommuneGovernment, UnitLevel.Commune, null, since));
        var longAlias = await commands.CreateUnitAsync(new CreateUnitRequest("X", "UBND xã Thử", UnitKind.CommuneGovernment, UnitLevel.Commune, null, since)
        {
            Aliases = [new string('B', 301)],
        });

        Assert.Equal("Tên đơn vị tối đa 300 ký tự.", longName.Error?.Message);
        Assert.Equal("Tên gọi khác tối đa 300 ký tự.", longAlias.Error?.Message);
    }
}
