using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ParPlan.Cli;
using ParPlan.Features.Operations;
using ParPlan.Features.Organisation;
using ParPlan.Tests.Data;

namespace ParPlan.Tests.Features.Operations;

/// <summary>A SQLite store with two units, one evidence file and one key file, backed up once; helpers to damage the backup.</summary>
public sealed class BackupFixture : IAsyncDisposable
{
    public static readonly byte[] EvidenceBytes = "%PDF-1.4\n% biên bản kiểm tra\n%%EOF\n"u8.ToArray();

    private BackupFixture(TestDatabase database, DirectoryInfo work, string file)
    {
        Database = database;
        Work = work;
        File = file;
    }

    public TestDatabase Database { get; }

    public DirectoryInfo Work { get; }

    /// <summary>The good backup.</summary>
    public string File { get; }

    public string EvidencePart => "evidence/task-1/minh-chung.pdf";

    public string NewFolder => Path.Combine(Work.FullName, "dich-" + Guid.NewGuid().ToString("N")[..6]);

    public static async Task<BackupFixture> CreateAsync(TimeProvider? time = null)
    {
        var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrgCommands>();
            await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest("U1", "UBND tỉnh Quảng Trị", UnitKind.ProvinceGovernment, UnitLevel.Province, null, null)));
            await ResultAssert.Ok(org.CreateUnitAsync(new CreateUnitRequest("U2", "Sở Nội vụ", UnitKind.Department, UnitLevel.Agency, null, null)));
        });
        var data = database.Options.DataDirectory;
        Directory.CreateDirectory(Path.Combine(data, "evidence", "task-1"));
        await System.IO.File.WriteAllBytesAsync(Path.Combine(data, "evidence", "task-1", "minh-chung.pdf"), EvidenceBytes);
        Directory.CreateDirectory(Path.Combine(data, "keys"));
        await System.IO.File.WriteAllTextAsync(Path.Combine(data, "keys", "key-1.xml"), "<key id=\"1\" />");
        var work = Directory.CreateTempSubdirectory("parplan-backup-");
        var file = Path.Combine(work.FullName, "sao-luu.zip");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await BackupCommands.BackupAsync([file, "--data", data], stdout, stderr, time ?? TimeProvider.System);
        Assert.True(code == CliApp.Ok, stderr.ToString());
        return new BackupFixture(database, work, file);
    }

    /// <summary>A copy of the backup with its entries changed: <paramref name="change"/> gets each entry's name and bytes and
    /// returns the new bytes (null drops the entry); <paramref name="add"/> adds entries.</summary>
    public string Rewrite(string name, Func<string, byte[], byte[]?> change, params (string Name, byte[] Bytes)[] add)
    {
        var copy = Path.Combine(Work.FullName, name);
        using (var source = ZipFile.OpenRead(File))
        using (var target = ZipFile.Open(copy, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                using var read = new MemoryStream();
                using (var stream = entry.Open()) stream.CopyTo(read);
                if (change(entry.FullName, read.ToArray()) is not { } bytes) continue;
                using var write = target.CreateEntry(entry.FullName).Open();
                write.Write(bytes);
            }

            foreach (var (entryName, bytes) in add)
            {
                using var write = target.CreateEntry(entryName).Open();
                write.Write(bytes);
            }
        }

        return copy;
    }

    /// <summary>A copy whose manifest is edited as JSON.</summary>
    public string WithManifest(string name, Action<JsonObject> edit) =>
        Rewrite(name, (entry, bytes) =>
        {
            if (entry != BackupManifest.EntryName) return bytes;
            var json = JsonNode.Parse(bytes)!.AsObject();
            edit(json);
            return Encoding.UTF8.GetBytes(json.ToJsonString());
        });

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Work.Delete(recursive: true);
    }
}
