using System.Globalization;
using System.Text;
using ParPlan.Features.Organisation;

namespace ParPlan.Features.Operations;

/// <summary>A checked backup's manifest in Vietnamese, as <c>parplan backup verify</c> prints it.</summary>
public static class BackupSummary
{
    public static string Describe(string file, BackupManifest manifest)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Bản sao lưu {file} nguyên vẹn: mọi phần đúng mã SHA-256 trong {BackupManifest.EntryName}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Tạo lúc: {DateText.Minute(manifest.CreatedAt)} (giờ Việt Nam)");
        text.AppendLine(CultureInfo.InvariantCulture, $"Phiên bản ParPlan: {manifest.AppVersion}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Định dạng bản sao lưu: {manifest.FormatVersion}");
        var database = manifest.Provider == BackupCheck.Postgres ? "PostgreSQL (pg_dump, định dạng custom)" : "SQLite";
        text.AppendLine(CultureInfo.InvariantCulture, $"Cơ sở dữ liệu: {database}, {manifest.Database!.Size / 1024} KB; cập nhật cấu trúc: {string.Join(", ", manifest.Migrations)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Tệp minh chứng: {manifest.EvidenceFiles}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Tệp khoá bảo vệ dữ liệu (đăng nhập, liên kết lịch): {manifest.KeyFiles}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Số dòng theo bảng ({manifest.Tables.Count} bảng, tổng {manifest.Tables.Values.Sum()} dòng):");
        foreach (var (table, rows) in manifest.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {table}: {rows}");
        }

        if (manifest.Provider == BackupCheck.Postgres)
        {
            text.AppendLine("Số dòng của bản PostgreSQL được đối chiếu khi khôi phục (restore), sau khi nạp vào cơ sở dữ liệu mới.");
        }

        return text.ToString().TrimEnd();
    }
}
