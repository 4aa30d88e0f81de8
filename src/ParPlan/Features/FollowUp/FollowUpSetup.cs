namespace ParPlan.Features.FollowUp;

public static class FollowUpSetup
{
    public static IServiceCollection AddFollowUp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        services.AddOptions<FollowUpOptions>().Bind(configuration.GetSection(FollowUpOptions.Section))
            .Validate(o => o.IntervalMinutes is >= 1 and <= 1440, "FollowUp:IntervalMinutes phải từ 1 đến 1440.")
            .Validate(o => o.LeaderEscalationDays is >= 1 and <= 365, "FollowUp:LeaderEscalationDays phải từ 1 đến 365 (số ngày quá hạn trước khi báo lãnh đạo).")
            .ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<FollowUpOptions>, Escalation.EscalationTiersValidator>();
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<FollowUpQueries>();
        services.AddScoped<ReminderRunner>();
        services.AddScoped<Escalation.LeaderEscalation>();
        services.AddScoped<UnitCalendar>();
        services.AddHostedService<ReminderJob>();
        return services;
    }

    public static IEndpointRouteBuilder MapFollowUp(this IEndpointRouteBuilder app) => app.MapFollowUpEndpoints();
}
