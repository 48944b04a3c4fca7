using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using Vigil.Geo;

namespace Vigil.Server.Geo;

/// <summary>
/// The map's public layers as GeoJSON FeatureCollections, drawn from the geodata bundled in Vigil.Geo
/// (<see cref="BundledGeoData"/>) and made once, on first use: the borders at full resolution (they
/// are the lines crossings are measured against), rounded to 1e-5° (about 1 m); provinces and
/// districts simplified with their topology kept (tolerance <see cref="AdminToleranceDeg"/>) and
/// rounded to 1e-4° (about 11 m), which is finer than a screen pixel at the zoom levels the map
/// allows; places as points rounded to 1e-5°. Only the properties the map uses are kept. Thread-safe.
/// </summary>
internal sealed class MapData
{
    /// <summary>The Douglas–Peucker tolerance for admin polygons, in degrees (about 220 m).</summary>
    public const double AdminToleranceDeg = 0.002;

    private const int BorderDecimals = 5;
    private const int AdminDecimals = 4;
    private const int PlaceDecimals = 5;

    private readonly Lazy<GeoDocument> _borders = new(() => GeoDocument.Of(Write(BuildBorders)));
    private readonly Lazy<GeoDocument> _admin = new(() => GeoDocument.Of(Write(BuildAdmin)));
    private readonly Lazy<GeoDocument> _places = new(() => GeoDocument.Of(Write(BuildPlaces)));

    /// <summary>Afghanistan's land borders: one LineString per neighbour (<c>code</c>, <c>a</c>, <c>b</c>, <c>name</c>, <c>lengthKm</c>).</summary>
    public GeoDocument Borders => _borders.Value;

    /// <summary>Provinces (level 1) and districts (level 2): Polygons and MultiPolygons (<c>iso</c>, <c>level</c>, <c>name</c>, <c>parent</c>).</summary>
    public GeoDocument Admin => _admin.Value;

    /// <summary>Crossings, cities, district centres and towns: Points (<c>name</c>, <c>kind</c>, <c>iso</c>, <c>population</c>, <c>pair</c>).</summary>
    public GeoDocument Places => _places.Value;

    private static byte[] Write(Action<Utf8JsonWriter> features)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            features(w);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static JsonElement[] Features(string file)
    {
        using Stream stream = BundledGeoData.Open(file);
        using JsonDocument doc = JsonDocument.Parse(stream);
        return [.. doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.Clone())];
    }

    private static void BuildBorders(Utf8JsonWriter w)
    {
        foreach (JsonElement f in Features(BundledGeoData.Borders))
        {
            JsonElement p = f.GetProperty("properties");
            string a = p.GetProperty("a").GetString()!, b = p.GetProperty("b").GetString()!;
            StartFeature(w);
            w.WriteString("code", $"{a}-{b}");
            w.WriteString("a", a);
            w.WriteString("b", b);
            w.WriteString("name", p.GetProperty("name").GetString());
            w.WriteNumber("lengthKm", p.GetProperty("length_km").GetDouble());
            w.WriteEndObject();
            w.WriteStartObject("geometry");
            w.WriteString("type", "LineString");
            w.WritePropertyName("coordinates");
            WriteLine(w, Round(Coordinates(f.GetProperty("geometry").GetProperty("coordinates")), BorderDecimals));
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    private static void BuildAdmin(Utf8JsonWriter w)
    {
        var factory = new GeometryFactory();
        foreach (JsonElement f in Features(BundledGeoData.Admin))
        {
            JsonElement g = f.GetProperty("geometry");
            Geometry? geometry = g.GetProperty("type").GetString() switch
            {
                "Polygon" => Polygon(factory, g.GetProperty("coordinates")),
                "MultiPolygon" => factory.CreateMultiPolygon([.. g.GetProperty("coordinates").EnumerateArray().Select(c => Polygon(factory, c))]),
                _ => null, // a label point has no outline to draw
            };
            if (geometry is null)
            {
                continue;
            }

            Geometry simple = TopologyPreservingSimplifier.Simplify(geometry, AdminToleranceDeg);
            JsonElement p = f.GetProperty("properties");
            StartFeature(w);
            w.WriteString("iso", p.GetProperty("iso").GetString());
            w.WriteNumber("level", p.GetProperty("level").GetInt32());
            w.WriteString("name", p.GetProperty("name").GetString());
            w.WriteString("parent", p.TryGetProperty("parent", out JsonElement parent) && parent.ValueKind == JsonValueKind.String ? parent.GetString() : null);
            w.WriteEndObject();
            w.WriteStartObject("geometry");
            if (simple is MultiPolygon multi)
            {
                w.WriteString("type", "MultiPolygon");
                w.WriteStartArray("coordinates");
                foreach (Geometry part in multi.Geometries)
                {
                    WritePolygon(w, (Polygon)part);
                }

                w.WriteEndArray();
            }
            else
            {
                w.WriteString("type", "Polygon");
                w.WritePropertyName("coordinates");
                WritePolygon(w, (Polygon)simple);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    private static void BuildPlaces(Utf8JsonWriter w)
    {
        foreach (JsonElement f in Features(BundledGeoData.Places))
        {
            JsonElement p = f.GetProperty("properties");
            JsonElement c = f.GetProperty("geometry").GetProperty("coordinates");
            StartFeature(w);
            w.WriteString("name", p.GetProperty("name").GetString());
            w.WriteString("kind", p.GetProperty("kind").GetString());
            w.WriteString("iso", p.GetProperty("iso").GetString());
            if (p.TryGetProperty("population", out JsonElement population) && population.ValueKind == JsonValueKind.Number)
            {
                w.WriteNumber("population", population.GetInt64());
            }

            if (p.TryGetProperty("pair", out JsonElement pair) && pair.ValueKind == JsonValueKind.String)
            {
                w.WriteString("pair", pair.GetString());
            }

            w.WriteEndObject();
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(Math.Round(c[0].GetDouble(), PlaceDecimals));
            w.WriteNumberValue(Math.Round(c[1].GetDouble(), PlaceDecimals));
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    /// <summary>Opens a feature and its properties object.</summary>
    private static void StartFeature(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteStartObject("properties");
    }

    private static void WritePolygon(Utf8JsonWriter w, Polygon polygon)
    {
        w.WriteStartArray();
        WriteLine(w, Round(polygon.ExteriorRing.Coordinates, AdminDecimals));
        foreach (LineString hole in polygon.InteriorRings)
        {
            List<(double X, double Y)> ring = Round(hole.Coordinates, AdminDecimals);
            if (ring.Count >= 4)
            {
                WriteLine(w, ring); // a hole that rounding collapsed is too small to see
            }
        }

        w.WriteEndArray();
    }

    private static void WriteLine(Utf8JsonWriter w, List<(double X, double Y)> coords)
    {
        w.WriteStartArray();
        foreach ((double x, double y) in coords)
        {
            w.WriteStartArray();
            w.WriteNumberValue(x);
            w.WriteNumberValue(y);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    /// <summary>The coordinates rounded to <paramref name="decimals"/>, without the repeated points rounding makes.</summary>
    private static List<(double X, double Y)> Round(Coordinate[] coords, int decimals)
    {
        var rounded = new List<(double X, double Y)>(coords.Length);
        foreach (Coordinate c in coords)
        {
            (double X, double Y) p = (Math.Round(c.X, decimals), Math.Round(c.Y, decimals));
            if (rounded.Count == 0 || rounded[^1] != p)
            {
                rounded.Add(p);
            }
        }

        return rounded;
    }

    private static Coordinate[] Coordinates(JsonElement array)
    {
        var coords = new Coordinate[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement c in array.EnumerateArray())
        {
            coords[i++] = new Coordinate(c[0].GetDouble(), c[1].GetDouble());
        }

        return coords;
    }

    private static Polygon Polygon(GeometryFactory factory, JsonElement rings)
    {
        LinearRing[] all = [.. rings.EnumerateArray().Select(r => factory.CreateLinearRing(Coordinates(r)))];
        return factory.CreatePolygon(all[0], all[1..]);
    }
}
