using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Data;
using ParPlan.Features.Audit;
using ParPlan.Features.Dossiers;
using ParPlan.Hosting;
using static ParPlan.Tests.Features.Dossiers.DossierStore;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>A command-line import opens the store and imports without building EF Core (its model, first connection and
/// query pipeline were most of a month's import): not one EF event (context initialised, connection, command) happens on
/// that path, on either provider. Counted from EF's own diagnostics, in this test's flow only.</summary>
public class ImportWithoutEfTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Opening_the_store_and_importing_new_resumed_and_a_governments_files_use_no_EF(string provider)
    {
        await using var store = await DossierStore.CreateAsync(provider, chunkSize: 2);
        var rows = Enumerable.Range(1, 5).Select(i => Row($"HS{i}", "T.H1.X1", "2025-03-10T08:00", "2025-03-20T17:00", "2025-03-12T09:00", "da_tra"))
            .Append("HS6,1.001,X,Hộ tịch,T.H1.X1,khong-phai-ngay,,,da_tra,,,,,,,,,").ToList();
        var file = store.WriteCsv(rows);
        var another = store.WriteCsv([Row("HS1", "T.SNV", "2025-03-10T08:00", "2025-03-20T17:00", null, "dang_xu_ly")]);
        using var who = AuditActor.Begin("cli");
        using var ef = new EfEvents();

        using (ef.Watch())
        {
            await using var opened = await OpenAsCliAsync(store.Database.Options);
            await Assert.ThrowsAsync<IOException>(() => store.ImportAsync(file, "cli", i => i.AfterChunkCommitted = n =>
                n == 1 ? throw new IOException("mất điện") : Task.CompletedTask));
            var resumed = await store.ImportAsync(file, "cli");
            var forProvince = await store.ImportAsync(another, "cli", i =>
            {
                i.Government = store.Org.Province;
                i.UnitFilter = code => code == "T.SNV";
            });

            Assert.Equal((true, 6L, 5L, 1L), (resumed.Resumed, resumed.RowsRead, resumed.Imported, resumed.Rejected));
            Assert.Equal((0L, 1L), (forProvince.Imported, forProvince.Rejected));
        }

        Assert.Empty(ef.Seen);

        // The watch sees EF when EF is used.
        using (ef.Watch())
        {
            await store.Database.InScopeAsync(sp => sp.Db().Set<ImportBatch>().CountAsync());
        }

        Assert.NotEmpty(ef.Seen);
    }

    /// <summary>What the province-wide <c>dossiers import</c> does first (<see cref="CliStore.OpenForImportAsync"/>): its own
    /// services, then the migrations check.</summary>
    private static Task<ServiceProvider> OpenAsCliAsync(DatabaseOptions options)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider.ToString(),
            ["Data:Directory"] = options.DataDirectory,
            ["ConnectionStrings:Postgres"] = options.PostgresConnectionString,
        }).Build();
        return CliStore.OpenForImportAsync(configuration);
    }

    /// <summary>The names of the events EF Core writes to its diagnostic listener while <see cref="Watch"/> is on in this
    /// async flow (other tests run in parallel in the same process and use EF all the time).</summary>
    private sealed class EfEvents : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly AsyncLocal<bool> watching = new();
        private readonly List<IDisposable> subscriptions = [];
        private readonly object gate = new();

        public EfEvents() => subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

        public List<string> Seen { get; } = [];

        public IDisposable Watch()
        {
            lock (gate) Seen.Clear();
            watching.Value = true;
            return new Off(this);
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (gate) subscriptions.Add(listener.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (watching.Value)
            {
                lock (gate) Seen.Add(value.Key);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (gate) subscriptions.ForEach(s => s.Dispose());
        }

        private sealed class Off(EfEvents events) : IDisposable
        {
            public void Dispose() => events.watching.Value = false;
        }
    }
}
