namespace ParPlan.Features.Demo;

public static class DemoSetup
{
    /// <summary><c>--demo</c> (<c>Demo:Enabled</c>): the web host fills an empty store with the demo dataset at start.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("Demo:Enabled"))
        {
            services.AddHostedService<DemoSeeder>();
        }

        return services;
    }
}
