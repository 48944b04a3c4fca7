using NetTopologySuite.Geometries;
using Vigil.Core;

namespace Vigil.Geo.Tests;

public class BorderAtlasTest
{
    private static readonly BorderAtlas Atlas = BorderAtlas.LoadBundled();
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 0, 0, TimeSpan.Zero);

    // A vertex pair of the AF-PK line near Bajaur: (71.25563, 34.810228) → (71.270822, 34.844283).
    private static readonly GeoPoint Kunar = new(34.83, 71.20, 1500);
    private static readonly GeoPoint Bajaur = new(34.83, 71.33, 1500);

    [Fact]
    public void Borders_AreTheSixNeighbours()
    {
        Assert.Equal(["AF-CN", "AF-IR", "AF-PK", "AF-TJ", "AF-TM", "AF-UZ"], Atlas.Borders.Select(b => b.Code).Order());
        Assert.All(Atlas.Borders, b => Assert.Equal("AF", b.CountryA));
    }

    [Theory]
    [InlineData(30.9182, 66.4607, "PK")] // Chaman
    [InlineData(31.0057, 66.4000, "AF")] // Spin Boldak
    [InlineData(34.8710, 71.1460, "AF")] // Asadabad
    [InlineData(33.8999, 70.1001, "PK")] // Parachinar
    [InlineData(33.3397, 69.9200, "AF")] // Khost
    [InlineData(34.0151, 71.5249, "PK")] // Peshawar
    [InlineData(38.5598, 68.7870, "TJ")] // Dushanbe
    [InlineData(37.4900, 71.5530, "TJ")] // Khorog
    [InlineData(37.1167, 70.5800, "AF")] // Fayzabad
    [InlineData(34.5553, 69.2075, "AF")] // Kabul
    public void LocateCountry_KnownPlaces(double lat, double lon, string iso)
    {
        CountryLocation c = Atlas.LocateCountry(new GeoPoint(lat, lon));
        Assert.Equal(iso, c.CountryIso);
        Assert.Equal(Location.Interior, c.Location);
    }

    [Fact]
    public void LocateCountry_FarAway_IsUnknown()
    {
        Assert.Equal(new CountryLocation(null, Location.Exterior), Atlas.LocateCountry(new GeoPoint(0, 0)));
    }

    [Fact]
    public void LocateCountry_OnTheLine_IsBoundary()
    {
        Assert.Equal(Location.Boundary, Atlas.LocateCountry(new GeoPoint(34.810228, 71.25563)).Location);
    }

    [Theory]
    [InlineData(34.73, 71.52, AdminLevel.District, "Bajaur")] // Khar
    [InlineData(34.73, 71.52, AdminLevel.Province, "Khyber Pakhtunkhwa")]
    [InlineData(31.34, 69.45, AdminLevel.District, "Zhob")]
    [InlineData(31.34, 69.45, AdminLevel.Province, "Balochistan")]
    [InlineData(34.8710, 71.1460, AdminLevel.Province, "Kunar")]
    public void FindAdminArea_KnownPlaces(double lat, double lon, AdminLevel level, string name)
    {
        Assert.Equal(name, Atlas.FindAdminArea(new GeoPoint(lat, lon), level)?.Name);
    }

    [Fact]
    public void FindCrossings_KunarToBajaur_OneAfToPkCrossingIntoBajaur()
    {
        var into = new List<BorderCrossing>();
        Assert.Equal(1, Atlas.FindCrossings(Kunar, T0, Bajaur, T0.AddSeconds(100), into));
        BorderCrossing c = into[0];
        Assert.Equal("AF-PK", c.Border.Code);
        Assert.Equal(("AF", "PK"), (c.FromCountry, c.ToCountry));
        Assert.Equal("Bajaur", c.ToDistrict?.Name);
        Assert.Equal("Khyber Pakhtunkhwa", c.ToProvince?.Name);
        Assert.Equal("AF", c.FromProvince?.CountryIso);
        Assert.Equal(1500, c.Point.AltitudeM, 6);

        // The crossing lies on the line segment and at the interpolated time.
        double u = (c.Point.LatitudeDeg - 34.810228) / (34.844283 - 34.810228);
        Assert.Equal(71.25563 + (u * (71.270822 - 71.25563)), c.Point.LongitudeDeg, 9);
        double f = (c.Point.LongitudeDeg - Kunar.LongitudeDeg) / (Bajaur.LongitudeDeg - Kunar.LongitudeDeg);
        Assert.Equal(f * 100, (c.At - T0).TotalSeconds, 3);
    }

    [Fact]
    public void FindCrossings_BadakhshanToTajikistan_AfToTj()
    {
        // Across the Panj near Ishkashim.
        var into = new List<BorderCrossing>();
        Atlas.FindCrossings(new GeoPoint(36.69, 71.57), T0, new GeoPoint(36.75, 71.60), T0.AddMinutes(5), into);
        BorderCrossing c = Assert.Single(into);
        Assert.Equal(("AF-TJ", "AF", "TJ"), (c.Border.Code, c.FromCountry, c.ToCountry));
        Assert.Equal("TJ", c.ToProvince?.CountryIso);
    }

    [Fact]
    public void FindCrossings_Reverse_GivesTheOppositeDirection()
    {
        var into = new List<BorderCrossing>();
        Atlas.FindCrossings(Bajaur, T0, Kunar, T0.AddSeconds(100), into);
        BorderCrossing c = Assert.Single(into);
        Assert.Equal(("PK", "AF"), (c.FromCountry, c.ToCountry));
    }

    [Fact]
    public void FindCrossings_NoCrossing_AppendsNothing()
    {
        var into = new List<BorderCrossing>();
        Assert.Equal(0, Atlas.FindCrossings(new GeoPoint(34.83, 71.30), T0, Bajaur, T0.AddSeconds(10), into));
        Assert.Empty(into);
    }

    [Fact]
    public void FindCrossings_CrossesTwice_TwoCrossingsInOppositeDirections()
    {
        // Out into Bajaur and back, as one polyline of steps.
        GeoPoint[] path = [Kunar, new(34.83, 71.26), new(34.83, 71.30), new(34.84, 71.30), new(34.84, 71.22)];
        List<BorderCrossing> all = Walk(path);
        Assert.Equal(2, all.Count);
        Assert.Equal(("AF", "PK"), (all[0].FromCountry, all[0].ToCountry));
        Assert.Equal(("PK", "AF"), (all[1].FromCountry, all[1].ToCountry));
        Assert.True(all[0].At < all[1].At);
    }

    [Fact]
    public void FindCrossings_TouchingTheLineFromOutsideAndTurningBack_EntersAndLeavesAtOnePoint()
    {
        // The line counts as Afghan: touching it from Pakistan is an entry and an exit at that point,
        // which the alert rules see as a crossing undone.
        var vertex = new GeoPoint(34.810228, 71.25563);
        List<BorderCrossing> all = Walk([new GeoPoint(34.81, 71.30), vertex, new GeoPoint(34.80, 71.30)]);
        Assert.Equal(2, all.Count);
        Assert.Equal(("PK", "AF"), (all[0].FromCountry, all[0].ToCountry));
        Assert.Equal(("AF", "PK"), (all[1].FromCountry, all[1].ToCountry));
        Assert.Equal(all[0].Point, all[1].Point);
    }

    [Fact]
    public void FindCrossings_TouchingTheLineFromInside_CrossesNothing()
    {
        var vertex = new GeoPoint(34.810228, 71.25563);
        Assert.Empty(Walk([new GeoPoint(34.81, 71.20), vertex, new GeoPoint(34.80, 71.20)]));
    }

    [Fact]
    public void FindCrossings_StepsEndingOnTheLineThenGoingOn_CountOnce()
    {
        var vertex = new GeoPoint(34.810228, 71.25563);
        BorderCrossing c = Assert.Single(Walk([new GeoPoint(34.810228, 71.20), vertex, new GeoPoint(34.810228, 71.31)]));
        Assert.Equal(("AF", "PK"), (c.FromCountry, c.ToCountry));
    }

    [Fact]
    public void FindCrossings_StepThroughASharedVertex_CountsOnce()
    {
        // Straight through the vertex (71.25563, 34.810228) from west to east.
        var vertex = new GeoPoint(34.810228, 71.25563);
        var a = new GeoPoint(34.810228, 71.20);
        var b = new GeoPoint(34.810228, 71.31);
        var into = new List<BorderCrossing>();
        Atlas.FindCrossings(a, T0, b, T0.AddSeconds(60), into);
        BorderCrossing c = Assert.Single(into);
        Assert.Equal(vertex.LongitudeDeg, c.Point.LongitudeDeg, 9);
    }

    [Fact]
    public void FindCrossings_AlongTheLine_CrossesNothing()
    {
        // Exactly along the line, vertex to vertex, then a track 50 m off it on the Afghan side.
        GeoPoint[] onLine = [new(34.748164, 71.203075), new(34.810228, 71.25563), new(34.844283, 71.270822), new(34.87503, 71.289478)];
        Assert.Empty(Walk(onLine));
        GeoPoint[] offset = [.. onLine.Select(p => new GeoPoint(p.LatitudeDeg, p.LongitudeDeg - 0.00055))];
        Assert.Empty(Walk(offset));
    }

    [Fact]
    public void FindCrossings_EveryStepOfAFinePolyline_CountsTheCrossingOnce()
    {
        // 2,001 points from Kunar to Bajaur: the crossing falls on exactly one step.
        var path = new GeoPoint[2001];
        for (int i = 0; i < path.Length; i++)
        {
            double f = i / 2000.0;
            path[i] = new GeoPoint(34.83, Kunar.LongitudeDeg + (f * (Bajaur.LongitudeDeg - Kunar.LongitudeDeg)));
        }

        Assert.Single(Walk(path));
    }

    [Fact]
    public void DistanceToBorder_NearBajaurLine()
    {
        Distance d = Atlas.DistanceToBorder(new GeoPoint(34.83, 71.33), out Border? nearest);
        Assert.Equal("AF-PK", nearest?.Code);
        Assert.InRange(d.Meters, 4_000, 7_000);
    }

    private static List<BorderCrossing> Walk(GeoPoint[] path)
    {
        var all = new List<BorderCrossing>();
        for (int i = 1; i < path.Length; i++)
        {
            Atlas.FindCrossings(path[i - 1], T0.AddSeconds(i - 1), path[i], T0.AddSeconds(i), all);
        }

        return all;
    }
}
