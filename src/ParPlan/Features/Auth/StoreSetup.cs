using Microsoft.Extensions.Options;
using ParPlan.Data;

namespace ParPlan.Features.Auth;

/// <summary>Makes sure the store exists and is migrated before a CLI verb touches it.</summary>
internal static class StoreSetup
{
    public static Task PrepareAsync(IServiceProvider services, CancellationToken ct = default) =>
        DatabaseInitializer.MigrateAsync(services, services.GetRequiredService<IOptions<DatabaseOptions>>().Value, ct);
}
