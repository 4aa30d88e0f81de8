using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ParPlan.Infrastructure;

/// <summary>Registers <see cref="UploadLimitsOptions"/> once, bound to <c>Uploads</c> and checked at start.</summary>
public static class UploadLimitsSetup
{
    public static IServiceCollection AddUploadLimits(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<UploadLimitsOptions>)))
        {
            return services;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UploadLimitsOptions>, UploadLimitsValidator>());
        services.AddOptions<UploadLimitsOptions>().BindConfiguration(UploadLimitsOptions.Section).ValidateOnStart();
        return services;
    }
}
