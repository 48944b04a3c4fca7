using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Incidents.Exchange;

/// <summary>
/// Incident records as a GeoJSON FeatureCollection (RFC 7946), one Feature per record, for maps.
/// </summary>
/// <remarks>
/// <para>A feature's geometry is a Point <c>[longitude, latitude]</c> (RFC 7946 order) in degrees
/// rounded to 6 decimal places, or <c>null</c> when only the country is known. Its properties, with
/// <c>null</c> for whatever is unknown and enum values as <see cref="JsonName"/> writes them:</para>
/// <list type="table">
/// <item><term>id</term><description>Vigil's id, <c>INC-0007</c>.</description></item>
/// <item><term>type, subType</term><description>ACLED's event type and sub-event type.</description></item>
/// <item><term>start, end, timePrecision</term><description>The period, ISO 8601 UTC to the second
/// (<c>2026-06-30T01:04:00Z</c>); "day", "week", "month" or "unknown".</description></item>
/// <item><term>country, admin1, admin2, location, locationPrecision</term><description>ISO 3166-1
/// alpha-2; province; district; the most precise place name; "point", "district", "province" or
/// "country".</description></item>
/// <item><term>border, sector</term><description>The border (<c>AF-PK</c>) and the monitoring sector.</description></item>
/// <item><term>actors</term><description>The actors' names, in order.</description></item>
/// <item><term>fatalities</term><description><c>{"low", "best", "high"}</c>: deaths over all categories.</description></item>
/// <item><term>status</term><description>"open", "under-review" or "closed".</description></item>
/// <item><term>grade, suggestedGrade</term><description>The grade a person decided (null when none) and
/// the one the rules suggest, in Airwars' words in lower case ("confirmed", "fair", "weak",
/// "contested", "discounted").</description></item>
/// <item><term>claims, reports</term><description>How many claims and linked reports the record has.</description></item>
/// </list>
/// </remarks>
public static class IncidentGeoJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the FeatureCollection of <paramref name="records"/> to <paramref name="stream"/> as UTF-8.</summary>
    /// <exception cref="ArgumentNullException">An argument, or one of the records, is null.</exception>
    public static void Write(Stream stream, IEnumerable<IncidentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (IncidentRecord r in records)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(records));
            WriteFeature(w, r);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFeature(Utf8JsonWriter w, IncidentRecord r)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        if (r.Location.Point is { } p)
        {
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(Math.Round(p.LongitudeDeg, 6));
            w.WriteNumberValue(Math.Round(p.LatitudeDeg, 6));
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("geometry");
        }

        w.WriteStartObject("properties");
        w.WriteString("id", r.Id.ToString());
        w.WriteString("type", r.Type);
        w.WriteString("subType", EventTypes.SubTypeName(r.SubType));
        w.WriteString("start", Time(r.Start));
        w.WriteString("end", Time(r.End));
        w.WriteString("timePrecision", JsonName.Of(r.TimePrecision));
        w.WriteString("country", r.Location.Country);
        w.WriteString("admin1", r.Location.Admin1);
        w.WriteString("admin2", r.Location.Admin2);
        w.WriteString("location", r.Location.Name);
        w.WriteString("locationPrecision", JsonName.Of(r.Location.Precision));
        w.WriteString("border", r.Border);
        w.WriteString("sector", r.Sector);
        w.WriteStartArray("actors");
        foreach (IncidentActor a in r.Actors)
        {
            w.WriteStringValue(a.Name);
        }

        w.WriteEndArray();
        FatalityRange dead = r.TotalFatalities;
        w.WriteStartObject("fatalities");
        Count(w, "low", dead.Low);
        Count(w, "best", dead.Best);
        Count(w, "high", dead.High);
        w.WriteEndObject();
        w.WriteString("status", JsonName.Of(r.Status));
        w.WriteString("grade", r.Grade is { } g ? JsonName.Of(g.Grade) : null);
        w.WriteString("suggestedGrade", JsonName.Of(r.SuggestedGrade.Grade));
        w.WriteNumber("claims", r.Claims.Count);
        w.WriteNumber("reports", r.Reports.Count);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Count(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } n)
        {
            w.WriteNumber(name, n);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
