namespace ParPlan.Features.Audit;

public static class AuditSetup
{
    /// <summary>The interceptor every context adds (<c>DataSetup.Configure</c>), the actor and the log's queries; called by
    /// <c>AddParPlanServices</c>.</summary>
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
