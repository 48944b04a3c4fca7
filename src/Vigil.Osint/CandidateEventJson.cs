using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Osint;

/// <summary>
/// Writes candidate events as <c>{"events": [...]}</c>: date (YYYY-MM-DD or null), datePrecision,
/// type, subType, country, admin1, admin2, location, lat, lon, actors, fatalities {low, best, high},
/// claims [{party, stance, statement}] and text, with null for whatever is unknown.
/// </summary>
public static class CandidateEventJson
{
    /// <summary>The JSON document for <paramref name="events"/>, indented, ending with a newline.</summary>
    public static string Write(IReadOnlyList<CandidateEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("events");
            foreach (CandidateEvent e in events)
            {
                w.WriteStartObject();
                if (e.Date is DateOnly d)
                {
                    w.WriteString("date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                else
                {
                    w.WriteNull("date");
                }

                w.WriteString("datePrecision", JsonName.Of(e.DatePrecision));
                w.WriteString("type", EventTypes.TypeName(e.SubType));
                w.WriteString("subType", EventTypes.SubTypeName(e.SubType));
                StringOrNull(w, "country", e.Place?.CountryIso);
                StringOrNull(w, "admin1", e.Place?.Admin1);
                StringOrNull(w, "admin2", e.Place?.Admin2);
                StringOrNull(w, "location", e.Place?.Name);
                NumberOrNull(w, "lat", e.Place?.Point?.LatitudeDeg);
                NumberOrNull(w, "lon", e.Place?.Point?.LongitudeDeg);
                w.WriteStartArray("actors");
                foreach (string a in e.Actors)
                {
                    w.WriteStringValue(a);
                }

                w.WriteEndArray();
                w.WriteStartObject("fatalities");
                NumberOrNull(w, "low", e.Fatalities.Low);
                NumberOrNull(w, "best", e.Fatalities.Best);
                NumberOrNull(w, "high", e.Fatalities.High);
                w.WriteEndObject();
                w.WriteStartArray("claims");
                foreach (Claim c in e.Claims)
                {
                    w.WriteStartObject();
                    w.WriteString("party", c.Party.Name);
                    w.WriteString("stance", JsonName.Of(c.Stance));
                    w.WriteString("statement", c.Statement);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("text", string.Join(' ', e.Sentences));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void StringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void NumberOrNull(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
        {
            w.WriteNumber(name, Math.Round(v, 5));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void NumberOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
