using System.Net;

namespace ParPlan.Tests.Features.Auth;

public sealed class ProductionAssetsTests
{
    [Theory]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js")]
    [InlineData("/app.css")]
    public async Task Static_assets_are_served_in_the_production_environment(string path)
    {
        await using var app = new ParPlanFactory(environment: "Production");
        using var client = app.CreateBrowserlessClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_login_page_renders_in_the_production_environment()
    {
        await using var app = new ParPlanFactory(environment: "Production");
        using var client = app.CreateBrowserlessClient();

        var html = await client.GetStringAsync("/dang-nhap");

        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
    }
}
