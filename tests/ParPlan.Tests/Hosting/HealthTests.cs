using System.Net;
using ParPlan.Tests.Features.Auth;

namespace ParPlan.Tests.Hosting;

public class HealthTests
{
    [Fact]
    public async Task Healthz_answers_200_without_authentication()
    {
        await using var factory = new ParPlanFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
