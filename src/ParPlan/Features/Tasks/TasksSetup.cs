using Microsoft.Extensions.Options;
using ParPlan.Core.Calendar;

namespace ParPlan.Features.Tasks;

public static class TasksSetup
{
    public static IServiceCollection AddTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvidenceOptions>().Bind(configuration.GetSection(EvidenceOptions.Section))
            .Validate(o => o.MaxBytes is > 0 and <= 512L * 1024 * 1024, "Evidence:MaxBytes phải từ 1 byte đến 512 MB.").ValidateOnStart();
        services.AddSingleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>();
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection(CalendarOptions.Section)).ValidateOnStart();
        // One calendar for every deadline: the default public holidays plus the configured schedule of the year.
        services.AddSingleton<WorkingCalendar>(sp => sp.GetRequiredService<IOptions<CalendarOptions>>().Value.ToCalendar());
        services.AddMemoryCache();
        services.AddScoped<TaskQueries>();
        services.AddScoped<TaskBoard>();
        services.AddScoped<TaskReportCommands>();
        services.AddScoped<MyTasksQueries>();
        services.AddScoped<TaskCommands>();
        services.AddScoped<EvidenceCommands>();
        return services;
    }

    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder app) => app.MapTaskEndpoints();
}
