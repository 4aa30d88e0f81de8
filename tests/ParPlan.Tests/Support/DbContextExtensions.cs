using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;

namespace ParPlan.Tests.Support;

public static class DbContextExtensions
{
    public static AppDbContext Db(this IServiceProvider services) => services.GetRequiredService<AppDbContext>();

    public static Task<int> CountAsync<T>(this IServiceProvider services)
        where T : class => services.Db().Set<T>().CountAsync();
}
