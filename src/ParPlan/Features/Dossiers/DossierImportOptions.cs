using Microsoft.Extensions.Options;

namespace ParPlan.Features.Dossiers;

/// <summary>Settings of the dossier import (section <c>Dossiers</c>).</summary>
public sealed class DossierImportOptions
{
    public const string Section = "Dossiers";

    /// <summary>Rows per transaction: a crash loses at most this chunk, and a re-run continues after the last one.</summary>
    public int ChunkSize { get; set; } = 50_000;

    /// <summary>Uploads up to this size are imported during the request (200); larger ones become a job (202).</summary>
    public long SmallFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Uploads over this size are refused with 413.</summary>
    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Rejected rows kept per import for the rejected-rows list (all are counted).</summary>
    public int MaxStoredRejections { get; set; } = 100_000;

    /// <summary>PostgreSQL: a file at least this large imported while the store holds no dossier is loaded in one
    /// transaction, with the table's secondary indexes rebuilt at the end (see <c>PostgresFirstLoad</c>): faster, but the
    /// table is locked until the end and a failure starts over from the first line. 0: every first import; a value
    /// above <see cref="MaxUploadBytes"/> (and the largest command-line file) turns it off.</summary>
    public long FirstLoadMinBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>The checks made at start: each failure names its key and the range to choose from.</summary>
    public static OptionsBuilder<DossierImportOptions> Validate(OptionsBuilder<DossierImportOptions> options) => options
        .Validate(o => o.ChunkSize is >= 1 and <= 1_000_000, $"{Section}:ChunkSize phải từ 1 đến 1.000.000 dòng mỗi lần ghi.")
        .Validate(o => o.MaxUploadBytes is >= 1024 and <= 4L * 1024 * 1024 * 1024,
            $"{Section}:MaxUploadBytes phải từ 1 KB (1024) đến 4 GB (4294967296) byte.")
        .Validate(o => o.SmallFileBytes >= 0 && o.SmallFileBytes <= o.MaxUploadBytes,
            $"{Section}:SmallFileBytes phải từ 0 đến {Section}:MaxUploadBytes byte (tệp nhỏ hơn được nhập ngay, tệp lớn hơn nhập nền).")
        .Validate(o => o.MaxStoredRejections is >= 0 and <= 10_000_000, $"{Section}:MaxStoredRejections phải từ 0 đến 10.000.000 dòng.")
        .Validate(o => o.FirstLoadMinBytes >= 0, $"{Section}:FirstLoadMinBytes phải từ 0 byte trở lên (0: mọi lần nhập đầu tiên vào kho trống đều nạp một lần).")
        .ValidateOnStart();
}
