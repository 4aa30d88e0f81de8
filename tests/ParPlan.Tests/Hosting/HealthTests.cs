using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ParPlan.Tests.Hosting;

public class HealthTests
{
    [Fact]
    public async Task Healthz_answers_200_without_authentication()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
