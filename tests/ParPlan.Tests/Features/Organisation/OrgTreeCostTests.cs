using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Organisation;

/// <summary>IOrgTree costs a query per tree level, not per unit.</summary>
public class OrgTreeCostTests
{
    [Fact]
    public async Task Subtree_and_ancestry_cost_a_query_per_level_whatever_the_number_of_units()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var province = new Unit { Code = "P", Name = "UBND tỉnh", Kind = UnitKind.ProvinceGovernment, Level = UnitLevel.Province };
        var leaves = new List<Guid>();
        await database.InScopeAsync(async sp =>
        {
            var db = sp.Db();
            db.Units.Add(province);
            for (var c = 0; c < 60; c++)
            {
                var commune = new Unit { Code = $"P.X{c}", Name = $"UBND xã {c}", Kind = UnitKind.CommuneGovernment, Level = UnitLevel.Commune };
                db.Units.Add(commune);
                db.UnitParents.Add(new UnitParent { UnitId = commune.Id, ParentId = province.Id });
                for (var a = 0; a < 6; a++)
                {
                    var agency = new Unit { Code = $"P.X{c}.A{a}", Name = $"Phòng {a}", Kind = UnitKind.Department, Level = UnitLevel.Agency };
                    db.Units.Add(agency);
                    db.UnitParents.Add(new UnitParent { UnitId = agency.Id, ParentId = commune.Id });
                    leaves.Add(agency.Id);
                }
            }

            await db.SaveChangesAsync();
        });

        var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(DataSetup.SqliteConnectionString(database.Options))
            .AddInterceptors(counter)
            .Options;
        await using var context = new SqliteAppDbContext(options);
        var tree = new OrgTree(context);
        var day = new DateOnly(2026, 1, 1);

        var subtree = await tree.SubtreeAsync(province.Id, day);
        var subtreeQueries = counter.Take();
        var within = await tree.IsWithinAsync(leaves[^1], province.Id, day);
        var withinQueries = counter.Take();
        var government = await tree.GovernmentOfAsync(leaves[0], day);
        var governmentQueries = counter.Take();

        Assert.Equal(1 + 60 + 360, subtree.Count);
        Assert.True(subtreeQueries <= 4, $"subtree took {subtreeQueries} queries");
        Assert.True(within);
        Assert.True(withinQueries <= 3, $"IsWithin took {withinQueries} queries");
        Assert.NotNull(government);
        Assert.True(governmentQueries <= 4, $"GovernmentOf took {governmentQueries} queries");
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int count;

        public int Take() => Interlocked.Exchange(ref count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
