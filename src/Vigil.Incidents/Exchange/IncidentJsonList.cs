using System.Text.Json;

namespace Vigil.Incidents.Exchange;

/// <summary>
/// Incident records as one JSON document, <c>{"incidents": [record, …]}</c>, each record as
/// <see cref="IncidentRecordJson"/> writes it, indented, ending with a line feed: what
/// <c>vigil incidents list --json</c> and <c>export --format json</c> print and the API's export serves.
/// </summary>
public static class IncidentJsonList
{
    /// <summary>Writes <paramref name="records"/> to <paramref name="stream"/> as UTF-8.</summary>
    public static void Write(Stream stream, IEnumerable<IncidentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartArray("incidents");
            foreach (IncidentRecord r in records)
            {
                IncidentRecordJson.Write(w, r);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
