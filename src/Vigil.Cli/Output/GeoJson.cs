using System.Text.Json;
using Vigil.Alerts;
using Vigil.Pipeline;

namespace Vigil.Cli.Output;

/// <summary>Writes tracks and alerts as GeoJSON (RFC 7946): positions as [lon, lat, alt].</summary>
internal static class GeoJson
{
    /// <summary>One LineString feature per confirmed track, with its final class probabilities.</summary>
    public static void WriteTracks(Stream stream, IReadOnlyList<TrackRecord> tracks)
    {
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (TrackRecord t in tracks)
        {
            if (!t.Confirmed || t.Path.Count < 2)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteStartObject("geometry");
            w.WriteString("type", "LineString");
            w.WriteStartArray("coordinates");
            foreach ((_, Vigil.Core.GeoPoint p) in t.Path)
            {
                Position(w, p);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("id", t.Id.ToString());
            w.WriteString("classification", t.Classification.MostLikely.Name());
            w.Number("drone", t.Classification.Drone, 4);
            w.Number("bird", t.Classification.Bird, 4);
            w.Number("aircraft", t.Classification.Aircraft, 4);
            w.WriteString("start", Json.Time(t.Path[0].At));
            w.WriteString("end", Json.Time(t.Path[^1].At));
            w.WriteStartArray("times");
            foreach ((DateTimeOffset at, _) in t.Path)
            {
                w.WriteStringValue(Json.Time(at));
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One Point feature per alert, its properties those of summary.json's alerts.</summary>
    public static void WriteAlerts(Stream stream, IReadOnlyList<Alert> alerts)
    {
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (Alert a in alerts)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WritePropertyName("coordinates");
            Position(w, a.Position);
            w.WriteEndObject();
            w.WritePropertyName("properties");
            SummaryJson.WriteAlert(w, a);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Position(Utf8JsonWriter w, Vigil.Core.GeoPoint p)
    {
        w.WriteStartArray();
        w.WriteNumberValue(Math.Round(p.LongitudeDeg, 6));
        w.WriteNumberValue(Math.Round(p.LatitudeDeg, 6));
        w.WriteNumberValue(Math.Round(p.AltitudeM, 1));
        w.WriteEndArray();
    }
}
