using System.Text.Encodings.Web;
using System.Text.Json;
using ParPlan.Features.Dossiers;

namespace ParPlan.Tests.Features.Dossiers;

/// <summary>The import writes its audit texts without the JSON serializer: they must be the serializer's texts.</summary>
public class ImportAuditJsonTests
{
    private static readonly JsonSerializerOptions AsTheInterceptor = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void A_property_map_is_written_as_the_audit_interceptor_serialises_it()
    {
        var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Source"] = "nguồn \"A\" <b> & 'x'\n", ["Version"] = 3L, ["Count"] = 7, ["Pending"] = true, ["Error"] = null,
            ["Status"] = ImportStatus.Failed, ["StartedAt"] = new DateTimeOffset(2026, 1, 31, 17, 5, 9, 123, TimeSpan.Zero).AddTicks(4),
            ["FinishedAt"] = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.FromHours(7)), ["GovernmentId"] = Guid.NewGuid(),
        };

        Assert.Equal(JsonSerializer.Serialize(properties, AsTheInterceptor),
            ImportAuditJson.Properties(properties));
    }

    [Fact]
    public void A_chunk_summary_is_written_as_the_serializer_writes_the_summary_object()
    {
        var (source, file) = ("tải-lên \"1\"", "Hồ sơ tháng 1 <2026>.csv");

        Assert.Equal(
            JsonSerializer.Serialize(new { Source = source, FileName = file, Chunk = 3, ToLine = 150_001L, RowsRead = 150_000L, Imported = 149_000L, Updated = 900L, Rejected = 100L, Completed = true }),
            ImportAuditJson.ChunkSummary(source, file, 3, 150_001, 150_000, 149_000, 900, 100, true));
    }
}
