namespace ParPlan.Features.Audit;

public static class AuditSetup
{
    /// <summary>The interceptor and actor; called by <c>AddData</c> so every context audits.</summary>
    public static IServiceCollection AddAuditing(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditActor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<AuditChanges>();
        return services;
    }
}
