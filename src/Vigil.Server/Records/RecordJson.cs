using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Vigil.Incidents;
using Vigil.Storage;

namespace Vigil.Server.Records;

/// <summary>
/// How the record endpoints write their JSON: by hand with <see cref="Utf8JsonWriter"/>, so that
/// unknown values are explicit nulls and times have the record's form (UTC, seven decimals, <c>Z</c>).
/// </summary>
internal static class RecordJson
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>As the CLI writes JSON: '+' and non-ASCII text left as they are (the answers are not HTML).</summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A time as the records write it.</summary>
    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>Builds one JSON value in memory.</summary>
    public static byte[] Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            write(w);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One record as <c>GET /api/incidents</c> lists it.</summary>
    public static void Row(Utf8JsonWriter w, IncidentRecord r, long? logIndex, long checkpointSize)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id.ToString());
        w.WriteNumber("version", r.Version);
        w.WriteString("updatedAt", Time(r.UpdatedAt));
        w.WriteString("type", r.Type);
        w.WriteString("subType", EventTypes.SubTypeName(r.SubType));
        w.WriteString("start", Time(r.Start));
        w.WriteString("end", Time(r.End));
        IncidentRecordJson.WriteLatLon(w, r.Location.Point);

        w.WriteString("place", r.Location.Name);
        w.WriteString("admin1", r.Location.Admin1);
        w.WriteString("admin2", r.Location.Admin2);
        w.WriteString("country", r.Location.Country);
        w.WriteString("border", r.Border);
        w.WriteString("sector", r.Sector);
        w.WriteString("status", JsonName.Of(r.Status));
        w.WriteString("grade", r.Grade is { } g ? JsonName.Of(g.Grade) : null);
        w.WriteString("suggestedGrade", JsonName.Of(r.SuggestedGrade.Grade));
        FatalityRange total = r.TotalFatalities;
        if (total.IsKnown)
        {
            w.WriteStartObject("fatalities");
            IncidentRecordJson.WriteRange(w, total);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("fatalities");
        }

        w.WriteNumber("claims", r.Claims.Count);
        w.WriteStartArray("parties");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Claim c in r.Claims)
        {
            if (seen.Add(c.Party.Name))
            {
                w.WriteStringValue(c.Party.Name);
            }
        }

        w.WriteEndArray();
        w.WriteNumber("evidence", r.Evidence.Count);
        LogPosition(w, logIndex, checkpointSize);
        w.WriteEndObject();
    }

    /// <summary><c>"logIndex"</c> (null until logged) and <c>"included"</c> (whether the latest checkpoint covers it).</summary>
    public static void LogPosition(Utf8JsonWriter w, long? logIndex, long checkpointSize)
    {
        if (logIndex is { } i)
        {
            w.WriteNumber("logIndex", i);
        }
        else
        {
            w.WriteNull("logIndex");
        }

        w.WriteBoolean("included", logIndex < checkpointSize);
    }

    /// <summary>One notification.</summary>
    public static void Notification(Utf8JsonWriter w, Notification n)
    {
        w.WriteStartObject();
        w.WriteNumber("id", n.Id.Value);
        w.WriteString("incident", n.Incident.ToString());
        w.WriteString("party", n.Party);
        w.WriteString("sentAt", Time(n.SentAt));
        if (n.AcknowledgedAt is { } at)
        {
            w.WriteString("acknowledgedAt", Time(at));
        }
        else
        {
            w.WriteNull("acknowledgedAt");
        }

        w.WriteString("acknowledgedBy", n.AcknowledgedBy);
        if (n.SecondsToAcknowledge is { } s)
        {
            w.WriteNumber("secondsToAcknowledge", Math.Round(s, 3));
        }
        else
        {
            w.WriteNull("secondsToAcknowledge");
        }

        w.WriteEndObject();
    }

    /// <summary>An evidence item as collected, with the hash as both id and <c>sha256</c>.</summary>
    public static void Evidence(Utf8JsonWriter w, EvidenceItem item)
    {
        w.WriteStartObject();
        w.WriteString("id", item.Id.ToString());
        w.WriteString("sha256", item.Id.Hex);
        w.WriteString("mediaType", item.MediaType);
        w.WriteNumber("size", item.SizeBytes);
        w.WriteString("collectedBy", item.CollectedBy);
        w.WriteString("collectedAt", Time(item.CollectedAt));
        w.WriteString("origin", item.Origin.ToString());
        w.WriteEndObject();
    }

    /// <summary>One custody event.</summary>
    public static void Custody(Utf8JsonWriter w, CustodyEvent e)
    {
        w.WriteStartObject();
        w.WriteNumber("sequence", e.Sequence);
        w.WriteString("action", JsonName.Of(e.Action));
        w.WriteString("by", e.By);
        w.WriteString("at", Time(e.At));
        w.WriteString("note", e.Note);
        w.WriteEndObject();
    }
}
