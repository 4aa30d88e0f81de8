using System.Text;
using System.Text.Json.Nodes;
using ParPlan.Cli;
using ParPlan.Features.Operations;

namespace ParPlan.Tests.Features.Operations;

/// <summary>Restore checks all of a backup before writing anything: each damage is refused with exit 2, a Vietnamese
/// message naming what is wrong, and no data folder written.</summary>
public sealed class DamagedBackupTests
{
    [Fact]
    public async Task A_backup_with_one_byte_flipped_in_the_row_data_of_its_database_is_refused_naming_the_part()
    {
        await using var f = await BackupFixture.CreateAsync();
        var name = Encoding.UTF8.GetBytes("Sở Nội vụ");
        var damaged = f.Rewrite("lat-byte.zip", (entry, bytes) =>
        {
            if (entry != BackupManifest.SqlitePart) return bytes;
            var at = bytes.AsSpan().IndexOf(name);
            Assert.True(at > 0);
            bytes[at + 1] ^= 0x01;
            return bytes;
        });

        await AssertRefusedAsync(f, damaged, "\"database/parplan.db\"", "SHA-256");
    }

    [Fact]
    public async Task A_backup_with_a_changed_evidence_file_is_refused_naming_the_file()
    {
        await using var f = await BackupFixture.CreateAsync();
        var damaged = f.Rewrite("minh-chung-sai.zip", (entry, bytes) => entry == f.EvidencePart ? [.. bytes[..^1], (byte)'X'] : bytes);

        await AssertRefusedAsync(f, damaged, $"\"{f.EvidencePart}\"", "SHA-256");
    }

    [Fact]
    public async Task A_byte_flipped_anywhere_in_the_archive_is_refused()
    {
        await using var f = await BackupFixture.CreateAsync();
        var bytes = await File.ReadAllBytesAsync(f.File);
        bytes[bytes.Length / 3] ^= 0x40;
        var damaged = Path.Combine(f.Work.FullName, "lat-byte-tho.zip");
        await File.WriteAllBytesAsync(damaged, bytes);

        await AssertRefusedAsync(f, damaged, "Không khôi phục");
    }

    [Fact]
    public async Task A_truncated_backup_is_refused()
    {
        await using var f = await BackupFixture.CreateAsync();
        var bytes = await File.ReadAllBytesAsync(f.File);
        var truncated = Path.Combine(f.Work.FullName, "cat-cut.zip");
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length * 2 / 3)]);

        await AssertRefusedAsync(f, truncated, "cắt cụt");
    }

    [Fact]
    public async Task A_backup_without_its_manifest_is_refused()
    {
        await using var f = await BackupFixture.CreateAsync();
        var damaged = f.Rewrite("khong-manifest.zip", (entry, bytes) => entry == BackupManifest.EntryName ? null : bytes);

        await AssertRefusedAsync(f, damaged, "thiếu manifest.json");
    }

    [Fact]
    public async Task A_manifest_whose_row_count_disagrees_with_the_database_is_refused_with_both_numbers()
    {
        await using var f = await BackupFixture.CreateAsync();
        var damaged = f.WithManifest("dem-sai.zip", m => m["tables"]!["Units"] = 3);

        await AssertRefusedAsync(f, damaged, "Bảng Units: manifest.json ghi 3 dòng, cơ sở dữ liệu có 2 dòng");
    }

    [Fact]
    public async Task A_manifest_that_does_not_parse_or_has_an_unknown_format_is_refused()
    {
        await using var f = await BackupFixture.CreateAsync();
        var unreadable = f.Rewrite("manifest-hong.zip", (entry, bytes) => entry == BackupManifest.EntryName ? bytes[..(bytes.Length / 2)] : bytes);
        var future = f.WithManifest("dinh-dang-moi.zip", m => m["formatVersion"] = 99);

        await AssertRefusedAsync(f, unreadable, "manifest.json của bản sao lưu không đọc được");
        await AssertRefusedAsync(f, future, "định dạng phiên bản 99", "nâng cấp ParPlan");
    }

    [Fact]
    public async Task A_backup_from_a_newer_schema_is_refused()
    {
        await using var f = await BackupFixture.CreateAsync();
        var newer = f.WithManifest("moi-hon.zip", m => m["migrations"]!.AsArray().Add("29991231000000_Future"));

        await AssertRefusedAsync(f, newer, "29991231000000_Future", "mới hơn");
    }

    [Fact]
    public async Task An_entry_whose_name_leaves_the_data_folder_is_refused_and_nothing_is_written_outside()
    {
        await using var f = await BackupFixture.CreateAsync();
        var payload = "ghi đè"u8.ToArray();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(payload));
        var slip = "evidence/../../thoat.txt";
        var damaged = f.Rewrite("zip-slip.zip", (entry, bytes) =>
        {
            if (entry != BackupManifest.EntryName) return bytes;
            var json = JsonNode.Parse(bytes)!.AsObject();
            json["parts"]!.AsArray().Add(new JsonObject { ["path"] = slip, ["size"] = payload.Length, ["sha256"] = hash });
            return Encoding.UTF8.GetBytes(json.ToJsonString());
        }, (slip, payload));

        await AssertRefusedAsync(f, damaged, "tên không an toàn", slip);
        Assert.False(File.Exists(Path.Combine(f.Work.FullName, "thoat.txt")));
    }

    [Fact]
    public async Task An_entry_larger_than_the_manifest_declares_is_refused_before_it_is_written()
    {
        await using var f = await BackupFixture.CreateAsync();
        var bomb = f.Rewrite("bom.zip", (entry, bytes) => entry == f.EvidencePart ? new byte[50 * 1024 * 1024] : bytes);

        await AssertRefusedAsync(f, bomb, $"\"{f.EvidencePart}\"", "kích thước");
    }

    [Fact]
    public async Task A_manifest_declaring_more_bytes_than_the_disk_holds_is_refused_before_anything_is_unpacked()
    {
        await using var f = await BackupFixture.CreateAsync();
        var huge = f.WithManifest("qua-lon.zip", m =>
        {
            foreach (var part in m["parts"]!.AsArray()) part!["size"] = 1L << 52;
        });

        await AssertRefusedAsync(f, huge, "Không đủ chỗ trống");
    }

    [Fact]
    public async Task Verify_prints_the_manifest_in_vietnamese_and_exits_0_for_a_good_backup_and_2_for_a_damaged_one()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 1, 30, 0, TimeSpan.Zero));
        await using var f = await BackupFixture.CreateAsync(time);
        var damaged = f.WithManifest("dem-sai.zip", m => m["tables"]!["Units"] = 5);

        var good = await RestoredStoreTests.RunAsync(BackupCommands.BackupAsync, "verify", f.File);
        var bad = await RestoredStoreTests.RunAsync(BackupCommands.BackupAsync, "verify", damaged);

        Assert.True(good.Code == CliApp.Ok, good.Stderr);

        Assert.Contains("nguyên vẹn", good.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tạo lúc: 15/01/2026 08:30 (giờ Việt Nam)", good.Stdout, StringComparison.Ordinal);
        Assert.Contains("Phiên bản ParPlan: " + BackupManifest.CurrentAppVersion, good.Stdout, StringComparison.Ordinal);
        Assert.Contains("  Units: 2", good.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tệp minh chứng: 1", good.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tệp khoá bảo vệ dữ liệu (đăng nhập, liên kết lịch): 1", good.Stdout, StringComparison.Ordinal);
        Assert.Equal(CliApp.BadInput, bad.Code);
        Assert.Contains("KHÔNG dùng được", bad.Stderr, StringComparison.Ordinal);
        Assert.Contains("Bảng Units: manifest.json ghi 5 dòng, cơ sở dữ liệu có 2 dòng", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_backup_file_holding_the_keys_is_readable_by_its_owner_only()
    {
        await using var f = await BackupFixture.CreateAsync();

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f.File));
        }
    }

    private static async Task AssertRefusedAsync(BackupFixture f, string file, params string[] expected)
    {
        var target = f.NewFolder;
        var (code, _, stderr) = await RestoredStoreTests.RunAsync(BackupCommands.RestoreAsync, file, "--data", target);

        Assert.Equal(CliApp.BadInput, code);
        foreach (var text in expected)
        {
            Assert.Contains(text, stderr, StringComparison.Ordinal);
        }

        Assert.Contains("Dữ liệu hiện tại không bị thay đổi", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target), $"{target} was written");
    }
}
