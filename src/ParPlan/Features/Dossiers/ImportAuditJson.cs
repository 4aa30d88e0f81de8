using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ParPlan.Features.Dossiers;

/// <summary>The import's audit texts written with <see cref="Utf8JsonWriter"/>, character for character what
/// <see cref="JsonSerializer"/> writes for them (the interceptor's property maps, the chunk summary): the serializer's
/// first use in a process builds its metadata by reflection, about a hundred milliseconds before the first row.</summary>
internal static class ImportAuditJson
{
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>As the audit interceptor serialises a property map (relaxed escaping; enums as numbers), the properties
    /// in the order given (the interceptor's map is sorted by name).</summary>
    public static string Properties(IEnumerable<KeyValuePair<string, object?>> properties) => Write(Relaxed, w =>
    {
        foreach (var (name, value) in properties)
        {
            w.WritePropertyName(name);
            Value(w, value);
        }
    });

    /// <summary>As <c>JsonSerializer.Serialize</c> with default options writes the anonymous chunk summary
    /// { Source, FileName, Chunk, ToLine, RowsRead, Imported, Updated, Rejected, Completed }.</summary>
    public static string ChunkSummary(string source, string fileName, int chunk, long toLine, long rowsRead, long imported, long updated, long rejected,
        bool completed) => Write(default, w =>
    {
        w.WriteString("Source", source);
        w.WriteString("FileName", fileName);
        w.WriteNumber("Chunk", chunk);
        w.WriteNumber("ToLine", toLine);
        w.WriteNumber("RowsRead", rowsRead);
        w.WriteNumber("Imported", imported);
        w.WriteNumber("Updated", updated);
        w.WriteNumber("Rejected", rejected);
        w.WriteBoolean("Completed", completed);
    });

    private static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void Value(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case long l: w.WriteNumberValue(l); break;
            case int i: w.WriteNumberValue(i); break;
            case Enum e: w.WriteNumberValue(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture)); break;
            case DateTimeOffset d: w.WriteStringValue(d); break;
            case Guid g: w.WriteStringValue(g); break;
            default: throw new NotSupportedException($"No audit text for {value.GetType().Name}.");
        }
    }
}
