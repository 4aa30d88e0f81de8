using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParPlan.Features.Audit;
using ParPlan.Features.Auth;

namespace ParPlan.Data;

/// <summary>Registers <see cref="AppDbContext"/> on the configured provider and migrates it at start.</summary>
public static class DataSetup
{
    /// <summary>The store and its migration at start (a hosted service, which only the web host runs; the CLI and the
    /// tests migrate through <see cref="DatabaseInitializer.MigrateAsync"/>). Called by <c>AddParPlanServices</c>; the
    /// audit interceptor the contexts use is registered by the Audit feature.</summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStoreConnections(configuration);
        services.AddHostedService<DatabaseInitializer>();

        var provider = DatabaseOptions.FromConfiguration(configuration).Provider;
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, options) => Configure(sp, options));
        }
        else
        {
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, options) => Configure(sp, options));
        }

        // Identity stores over AppDbContext. The auth feature configures Identity itself (cookies, password rules);
        // these registrations use TryAdd and compose with AddIdentity/AddIdentityCore there.
        services.AddIdentityCore<AppUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        return services;
    }

    /// <summary>The store's settings (checked when first read) and <see cref="StoreConnections"/>, without EF Core: all the
    /// command-line import needs of the store (<c>CliStore.OpenForImportAsync</c>); <see cref="AddData"/> adds EF on top.</summary>
    public static IServiceCollection AddStoreConnections(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingletonTimeProvider();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddOptions<DatabaseOptions>()
            .Configure(o =>
            {
                var read = DatabaseOptions.FromConfiguration(configuration);
                o.Provider = read.Provider;
                o.DataDirectory = read.DataDirectory;
                o.PostgresConnectionString = read.PostgresConnectionString;
                o.SqliteBusyTimeoutMs = read.SqliteBusyTimeoutMs;
            })
            .ValidateOnStart();
        services.AddSingleton<StoreConnections>();
        return services;
    }

    /// <summary>Points the options at the configured database (also used by tests and the CLI).</summary>
    public static void Configure(IServiceProvider services, DbContextOptionsBuilder options)
    {
        var db = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        ConfigureProvider(db, options);
        options.AddInterceptors(services.GetRequiredService<AuditInterceptor>());
        // After the audit: search index rows are derived data and are not audited.
        options.AddInterceptors(Interceptors.SearchIndex, Interceptors.BoardChanges);
    }

    /// <summary>In a class of their own: the store's registration (<see cref="AddStoreConnections"/>) does not create EF types.</summary>
    private static class Interceptors
    {
        public static readonly Features.Search.SearchIndexInterceptor SearchIndex = new();

        public static readonly Features.Tasks.BoardGenerationInterceptor BoardChanges = new();
    }

    public static void ConfigureProvider(DatabaseOptions db, DbContextOptionsBuilder options)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(db.PostgresConnectionString);
            return;
        }

        options.UseSqlite(SqliteConnectionString(db));
        options.AddInterceptors(new SqlitePragmaInterceptor(new SqlitePragmas(db.SqliteBusyTimeoutMs)));
    }

    public static string SqliteConnectionString(DatabaseOptions db) => StoreConnections.SqliteConnectionString(db);

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
