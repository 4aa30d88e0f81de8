using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ParPlan.Cli;
using ParPlan.Features.Dossiers;
using ParPlan.Features.Indicators;
using ParPlan.Features.Operations;
using ParPlan.Tests.Features.Auth;
using ParPlan.Tests.Features.Tasks;

namespace ParPlan.Tests.Features.Operations;

/// <summary>Backup of a running app, restore into a new folder, and the app started on the restored folder.</summary>
public sealed class RestoredStoreTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("parplan-restored-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        work.Delete(recursive: true);
    }

    [Fact]
    public async Task A_restored_store_serves_at_once_with_its_logins_evidence_calendar_links_and_indicators()
    {
        var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();
        var file = Path.Combine(work.FullName, "sao-luu.parplan");
        var restored = Path.Combine(work.FullName, "khoi-phuc");
        string evidenceUrl;
        Guid taskId;
        string calendarPath;
        Dictionary<string, long> sourceCounts;
        await using (var source = new ParPlanFactory())
        {
            var s = await RunPlanScenario.CreateAsync(source);
            taskId = s.TaskA;
            using var officer = await source.LoginAsync(RunPlanScenario.OfficerA);
            using var form = new MultipartFormDataContent();
            var part = new ByteArrayContent(pdf);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "file", "ke-hoach.pdf");
            var upload = await officer.PostAsync($"/api/tasks/{s.TaskA}/evidence", form);
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
            evidenceUrl = upload.Headers.Location!.ToString();
            var link = (await officer.GetFromJsonAsync<JsonElement>("/api/calendar/link")).GetProperty("url").GetString()!;
            calendarPath = new Uri(link).PathAndQuery;

            var backup = await RunAsync(BackupCommands.BackupAsync, file, "--data", source.DataDirectory);
            Assert.True(backup.Code == CliApp.Ok, backup.Stderr);
            sourceCounts = await CountRowsAsync(Path.Combine(source.DataDirectory, "parplan.db"));
        }

        var restore = await RunAsync(BackupCommands.RestoreAsync, file, "--data", restored);
        Assert.True(restore.Code == CliApp.Ok, restore.Stderr);
        Assert.Equal(sourceCounts, await CountRowsAsync(Path.Combine(restored, "parplan.db")));

        await using (var app = new ParPlanFactory(new Dictionary<string, string?> { ["Data:Directory"] = restored }))
        {
            using var officer = await app.LoginAsync(RunPlanScenario.OfficerA);
            var mine = await officer.GetFromJsonAsync<JsonElement>("/api/tasks/mine");
            var id = taskId;
            Assert.Contains(mine.EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
            var version = (await officer.GetFromJsonAsync<JsonElement>($"/api/tasks/{id}")).GetProperty("version").GetInt64();
            var progress = await officer.PostAsJsonAsync($"/api/tasks/{id}/progress", new { status = "in-progress", percent = 40, version });
            var download = await officer.GetAsync(evidenceUrl);
            using var anonymous = app.CreateBrowserlessClient();
            var calendar = await anonymous.GetAsync(calendarPath);

            Assert.True(progress.IsSuccessStatusCode, await progress.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
            Assert.Equal("text/calendar", calendar.Content.Headers.ContentType?.MediaType);
        }

        var indicators = await RunAsync(IndicatorCli.RunAsync, "compute", "--data", restored);
        Assert.True(indicators.Code == CliApp.Ok, indicators.Stderr);
    }

    [Fact]
    public async Task A_backup_warns_when_an_evidence_row_has_no_file_in_the_data_folder()
    {
        await using var source = new ParPlanFactory();
        var s = await RunPlanScenario.CreateAsync(source);
        using var officer = await source.LoginAsync(RunPlanScenario.OfficerA);
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(BackupFixture.EvidenceBytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", "bien-ban.pdf");
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsync($"/api/tasks/{s.TaskA}/evidence", form)).StatusCode);
        Directory.Delete(Path.Combine(source.DataDirectory, "evidence"), recursive: true);

        var backup = await RunAsync(BackupCommands.BackupAsync, Path.Combine(work.FullName, "thieu.zip"), "--data", source.DataDirectory);

        Assert.True(backup.Code == CliApp.Ok, backup.Stderr);
        Assert.Contains("Cảnh báo: 1 minh chứng trong cơ sở dữ liệu không có tệp", backup.Stderr, StringComparison.Ordinal);
        Assert.Contains($"evidence/{s.TaskA:N}/", backup.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Rows of every table, read straight from the file.</summary>
    internal static async Task<Dictionary<string, long>> CountRowsAsync(string path)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }

        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(Func<string[], TextWriter, TextWriter, Task<int>> verb, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await verb(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
