namespace ParPlan.Features.Tasks;

public static class TasksSetup
{
    public static IServiceCollection AddTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvidenceOptions>().Bind(configuration.GetSection(EvidenceOptions.Section))
            .Validate(o => o.MaxBytes is > 0 and <= 512L * 1024 * 1024, "Evidence:MaxBytes phải từ 1 byte đến 512 MB.").ValidateOnStart();
        services.AddScoped<TaskQueries>();
        services.AddScoped<TaskCommands>();
        services.AddScoped<EvidenceCommands>();
        return services;
    }
}
