using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NetTopologySuite.Geometries;
using Vigil.Core;

namespace Vigil.Geo.Tests;

public class BorderAtlasPropertyTest
{
    private static readonly BorderAtlas Atlas = BorderAtlas.LoadBundled();
    private static readonly (double X, double Y)[] Ring = LoadRing();

    [Fact]
    public void LocateCountry_Afghanistan_AgreesWithABruteForceRayCast()
    {
        // Random points over the region around Afghanistan (29–39 N, 60–75 E).
        Prop.ForAll(
            Gen.Choose(0, 1_000_000).Two().ToArbitrary(),
            t =>
            {
                double lat = 29 + (t.Item1 / 100_000.0), lon = 60 + (t.Item2 / 66_666.67);
                bool inside = Atlas.LocateCountry(new GeoPoint(lat, lon)) is { CountryIso: "AF", Location: not Location.Exterior };
                return inside == RayCast(lon, lat);
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void FindCrossings_RandomSteps_ChangeSideExactlyAsOftenAsTheyCross()
    {
        // A crossing is a change of side: over any step, the parity of crossings must match
        // whether the two ends lie on different sides of Afghanistan's outline.
        Prop.ForAll(
            Gen.Choose(0, 1_000_000).Four().ToArbitrary(),
            t =>
            {
                double lat = 31 + (t.Item1 / 250_000.0), lon = 66 + (t.Item2 / 150_000.0);
                double lat2 = lat + ((t.Item3 - 500_000) / 5e7), lon2 = lon + ((t.Item4 - 500_000) / 5e7); // up to ~1 km
                var into = new List<BorderCrossing>();
                Atlas.FindCrossings(new GeoPoint(lat, lon), default, new GeoPoint(lat2, lon2), default, into);
                return (into.Count % 2 == 1) == (RayCast(lon, lat) != RayCast(lon2, lat2));
            }).QuickCheckThrowOnFailure();
    }

    /// <summary>Even–odd ray casting over the chained border lines, with no index.</summary>
    private static bool RayCast(double x, double y)
    {
        bool inside = false;
        for (int i = 0, j = Ring.Length - 1; i < Ring.Length; j = i++)
        {
            (double xi, double yi) = Ring[i];
            (double xj, double yj) = Ring[j];
            if ((yi > y) != (yj > y) && x < ((xj - xi) * (y - yi) / (yj - yi)) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static (double X, double Y)[] LoadRing()
    {
        // The six lines, each with Afghanistan on its left, close into one ring in some order.
        using Stream s = typeof(BorderAtlas).Assembly.GetManifestResourceStream("Vigil.Geo.Data.borders.geojson")!;
        using JsonDocument doc = JsonDocument.Parse(s);
        var lines = doc.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
                .Select(c => (c[0].GetDouble(), c[1].GetDouble())).ToList())
            .ToList();
        var points = new List<(double, double)>(lines[0]);
        lines.RemoveAt(0);
        while (lines.Count > 0)
        {
            int next = lines.FindIndex(l => l[0] == points[^1]);
            points.AddRange(lines[next].Skip(1));
            lines.RemoveAt(next);
        }

        return [.. points];
    }
}
