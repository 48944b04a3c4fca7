using System.Globalization;
using System.Text.Json;
using Vigil.Alerts;
using Vigil.Core;

namespace Vigil.Incidents;

/// <summary>
/// An <see cref="IncidentRecord"/> as JSON: what the store keeps of each version, what the
/// transparency log holds, and what <c>vigil incidents show --json</c> prints. Field names are
/// camelCase, enum values hyphenated lower case (<see cref="JsonName"/>), times UTC ISO 8601 with
/// seven decimals, days YYYY-MM-DD. <see cref="Read"/> takes back what <see cref="Write"/> wrote.
/// </summary>
public static class IncidentRecordJson
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Writes <paramref name="r"/> as one object, with its suggested grade (derived, not read back).</summary>
    public static void Write(Utf8JsonWriter w, IncidentRecord r)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(r);
        w.WriteStartObject();
        w.WriteString("id", r.Id.ToString());
        w.WriteNumber("version", r.Version);
        w.WriteString("updatedAt", Time(r.UpdatedAt));
        w.WriteString("type", r.Type);
        w.WriteString("subType", EventTypes.SubTypeName(r.SubType));
        w.WriteString("start", Time(r.Start));
        w.WriteString("end", Time(r.End));
        w.WriteString("timePrecision", JsonName.Of(r.TimePrecision));

        w.WriteStartObject("location");
        w.WriteString("precision", JsonName.Of(r.Location.Precision));
        WriteLatLon(w, r.Location.Point);

        w.WriteString("country", r.Location.Country);
        w.WriteString("admin1", r.Location.Admin1);
        w.WriteString("admin2", r.Location.Admin2);
        w.WriteString("name", r.Location.Name);
        w.WriteEndObject();

        w.WriteString("border", r.Border);
        w.WriteString("sector", r.Sector);
        w.WriteString("externalId", r.ExternalId);
        w.WriteString("description", r.Description);

        w.WriteStartArray("actors");
        foreach (IncidentActor a in r.Actors)
        {
            w.WriteStartObject();
            w.WriteString("name", a.Name);
            w.WriteString("side", a.Side);
            w.WriteString("kind", JsonName.Of(a.Kind));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("sensors");
        foreach (SensorEvidence s in r.Sensors)
        {
            w.WriteStartObject();
            w.WriteNumber("run", s.Run);
            w.WriteString("incident", s.Incident.ToString());
            w.WriteStartArray("alerts");
            foreach (AlertId a in s.Alerts)
            {
                w.WriteStringValue(a.ToString());
            }

            w.WriteEndArray();
            w.WriteStartArray("tracks");
            foreach (TrackId t in s.Tracks)
            {
                w.WriteStringValue(t.ToString());
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("reports");
        foreach (ReportRef rep in r.Reports)
        {
            w.WriteStartObject();
            w.WriteString("id", rep.Id.ToString());
            w.WriteString("published", rep.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("source", rep.Source);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("claims");
        foreach (Claim c in r.Claims)
        {
            w.WriteStartObject();
            w.WriteString("party", c.Party.Name);
            w.WriteString("partyKind", JsonName.Of(c.Party.Kind));
            w.WriteString("speaker", JsonName.Of(c.Speaker));
            w.WriteString("at", Time(c.At));
            w.WriteString("stance", JsonName.Of(c.Stance));
            w.WriteString("statement", c.Statement);
            w.WriteString("report", c.Report?.ToString());
            WriteCasualties(w, "fatalities", c.Fatalities);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("evidence");
        foreach (EvidenceRef ev in r.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("id", ev.Id.ToString());
            w.WriteString("sha256", ev.Id.Hex);
            w.WriteString("mediaType", ev.MediaType);
            w.WriteString("name", ev.Name);
            w.WriteString("party", ev.Party);
            w.WriteString("by", ev.By);
            w.WriteString("at", Time(ev.At));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        WriteCasualties(w, "fatalities", r.Fatalities);
        WriteCasualties(w, "injuries", r.Injuries);
        w.WriteString("status", JsonName.Of(r.Status));

        w.WriteStartArray("gradeDecisions");
        foreach (GradeDecision g in r.GradeDecisions)
        {
            w.WriteStartObject();
            w.WriteString("grade", JsonName.Of(g.Grade));
            w.WriteString("by", g.By);
            w.WriteString("at", Time(g.At));
            w.WriteString("reason", g.Reason);
            WriteSuggestion(w, "suggested", g.Suggested);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteSuggestion(w, "suggestedGrade", r.SuggestedGrade);
        w.WriteEndObject();
    }

    /// <summary><paramref name="r"/> as UTF-8 JSON.</summary>
    public static byte[] ToUtf8(IncidentRecord r)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            Write(w, r);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a record that <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">A field is missing or malformed; the message names it.</exception>
    public static IncidentRecord Read(JsonElement e)
    {
        try
        {
            JsonElement loc = e.GetProperty("location");
            return new IncidentRecord
            {
                Id = IncidentRecordId.TryParse(e.GetProperty("id").GetString(), out IncidentRecordId id) ? id : throw Bad("id"),
                Version = e.GetProperty("version").GetInt32(),
                UpdatedAt = ParseTime(e, "updatedAt"),
                SubType = EventTypes.TryParseSubType(e.GetProperty("subType").GetString(), out EventSubType sub) ? sub : throw Bad("subType"),
                Start = ParseTime(e, "start"),
                End = ParseTime(e, "end"),
                TimePrecision = Enum<DatePrecision>(e, "timePrecision"),
                Location = new IncidentLocation
                {
                    Precision = Enum<PlacePrecision>(loc, "precision"),
                    Point = loc.GetProperty("lat").ValueKind == JsonValueKind.Number
                        ? new GeoPoint(loc.GetProperty("lat").GetDouble(), loc.GetProperty("lon").GetDouble())
                        : null,
                    Country = loc.GetProperty("country").GetString(),
                    Admin1 = loc.GetProperty("admin1").GetString(),
                    Admin2 = loc.GetProperty("admin2").GetString(),
                    Name = loc.GetProperty("name").GetString(),
                },
                Border = e.GetProperty("border").GetString(),
                Sector = e.GetProperty("sector").GetString(),
                ExternalId = e.GetProperty("externalId").GetString(),
                Description = e.GetProperty("description").GetString() ?? "",
                Actors = [.. e.GetProperty("actors").EnumerateArray().Select(a =>
                    new IncidentActor(a.GetProperty("name").GetString()!, a.GetProperty("side").GetString(), Enum<ActorKind>(a, "kind")))],
                Sensors = [.. e.GetProperty("sensors").EnumerateArray().Select(s => new SensorEvidence(
                    s.GetProperty("run").GetInt64(),
                    new IncidentId(Number(s.GetProperty("incident").GetString(), "I")),
                    [.. s.GetProperty("alerts").EnumerateArray().Select(a => new AlertId(Number(a.GetString(), "A")))],
                    [.. s.GetProperty("tracks").EnumerateArray().Select(t => new TrackId(Number(t.GetString(), "T")))]))],
                Reports = [.. e.GetProperty("reports").EnumerateArray().Select(rep => new ReportRef(
                    ReportId.TryParse(rep.GetProperty("id").GetString(), out ReportId rid) ? rid : throw Bad("reports.id"),
                    DateOnly.ParseExact(rep.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    rep.GetProperty("source").GetString()))],
                Claims = [.. e.GetProperty("claims").EnumerateArray().Select(ReadClaim)],
                Evidence = e.TryGetProperty("evidence", out JsonElement evidence) ? [.. evidence.EnumerateArray().Select(ReadEvidence)] : [],
                Fatalities = ReadCasualties(e.GetProperty("fatalities")),
                Injuries = ReadCasualties(e.GetProperty("injuries")),
                Status = Enum<IncidentStatus>(e, "status"),
                GradeDecisions = [.. e.GetProperty("gradeDecisions").EnumerateArray().Select(g => new GradeDecision(
                    Enum<Grade>(g, "grade"),
                    g.GetProperty("by").GetString()!,
                    ParseTime(g, "at"),
                    g.GetProperty("reason").GetString()!,
                    new GradeSuggestion(Enum<Grade>(g.GetProperty("suggested"), "grade"), g.GetProperty("suggested").GetProperty("rationale").GetString()!)))],
            };
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"Not an incident record: {ex.Message}", ex);
        }
    }

    private static Claim ReadClaim(JsonElement c) => new()
    {
        Party = new Party(Enum<PartyKind>(c, "partyKind"), c.GetProperty("party").GetString()!),
        Speaker = Enum<SpeakerKind>(c, "speaker"),
        At = ParseTime(c, "at"),
        Stance = Enum<Stance>(c, "stance"),
        Statement = c.GetProperty("statement").GetString()!,
        Report = c.GetProperty("report").GetString() is { } rep ? (ReportId.TryParse(rep, out ReportId id) ? id : throw Bad("claims.report")) : null,
        Fatalities = ReadCasualties(c.GetProperty("fatalities")),
    };

    private static EvidenceRef ReadEvidence(JsonElement ev) => new(
        EvidenceId.TryParse(ev.GetProperty("id").GetString(), out EvidenceId id) && id.Hex == ev.GetProperty("sha256").GetString() ? id : throw Bad("evidence.id"),
        ev.GetProperty("mediaType").GetString() ?? throw Bad("evidence.mediaType"),
        ev.GetProperty("name").GetString(),
        ev.GetProperty("party").GetString(),
        ev.GetProperty("by").GetString() ?? throw Bad("evidence.by"),
        ParseTime(ev, "at"));

    private static void WriteCasualties(Utf8JsonWriter w, string name, IReadOnlyDictionary<CasualtyCategory, FatalityRange> byCategory)
    {
        w.WriteStartObject(name);
        foreach ((CasualtyCategory category, FatalityRange range) in byCategory.OrderBy(kv => kv.Key))
        {
            w.WriteStartObject(JsonName.Of(category));
            WriteRange(w, range);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes <c>"low"</c>, <c>"best"</c> and <c>"high"</c>, null where unknown, into the current object.</summary>
    public static void WriteRange(Utf8JsonWriter w, FatalityRange range)
    {
        ArgumentNullException.ThrowIfNull(w);
        foreach ((string key, int? value) in new[] { ("low", range.Low), ("best", range.Best), ("high", range.High) })
        {
            if (value is int v)
            {
                w.WriteNumber(key, v);
            }
            else
            {
                w.WriteNull(key);
            }
        }
    }

    private static Dictionary<CasualtyCategory, FatalityRange> ReadCasualties(JsonElement e)
    {
        var result = new Dictionary<CasualtyCategory, FatalityRange>();
        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!JsonName.TryParse(p.Name, out CasualtyCategory category))
            {
                throw Bad($"casualty category '{p.Name}'");
            }

            result[category] = new FatalityRange(Figure(p.Value, "low"), Figure(p.Value, "best"), Figure(p.Value, "high"));
        }

        return result;
    }

    private static int? Figure(JsonElement e, string name) => e.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetInt32() : null;

    private static void WriteSuggestion(Utf8JsonWriter w, string name, GradeSuggestion s)
    {
        w.WriteStartObject(name);
        w.WriteString("grade", JsonName.Of(s.Grade));
        w.WriteString("rationale", s.Rationale);
        w.WriteEndObject();
    }

    private static T Enum<T>(JsonElement e, string name)
        where T : struct, Enum => JsonName.TryParse(e.GetProperty(name).GetString(), out T v) ? v : throw Bad(name);

    private static int Number(string? text, string prefix) => RecordNumber.TryParse(text, prefix, out int n) ? n : throw Bad($"'{text}'");

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(JsonElement e, string name) =>
        DateTimeOffset.TryParseExact(e.GetProperty(name).GetString(), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset t)
            ? t : throw Bad(name);

    private static InvalidDataException Bad(string field) => new($"Incident record field {field} is missing or malformed.");

    /// <summary>Writes <c>"lat"</c> and <c>"lon"</c> in degrees to 6 decimals (about 0.1 m), or both null when there is no point.</summary>
    public static void WriteLatLon(Utf8JsonWriter w, GeoPoint? point)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (point is { } p)
        {
            w.WriteNumber("lat", Math.Round(p.LatitudeDeg, 6));
            w.WriteNumber("lon", Math.Round(p.LongitudeDeg, 6));
        }
        else
        {
            w.WriteNull("lat");
            w.WriteNull("lon");
        }
    }
}
