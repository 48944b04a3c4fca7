using System.Text.Json;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Distance;
using Vigil.Core;

namespace Vigil.Geo;

/// <summary>
/// Afghanistan's land borders and the administrative areas near them, loaded once from the bundled
/// data (data/geo: Natural Earth lines, Who's On First areas) and indexed once: border segments in a
/// uniform grid, Afghanistan's outline in an <see cref="IndexedPointInAreaLocator"/>, areas in an
/// STR-tree of prepared polygons. Queries never scan the whole data. Immutable and thread-safe.
/// Planar geometry is done in longitude/latitude, which is exact for sides and intersections of
/// straight steps a few hundred metres long.
/// </summary>
public sealed class BorderAtlas
{
    private const double CellDeg = 0.05;
    private const double SideProbeM = 300;
    private const double NearestAreaSearchM = 20_000;

    private readonly Border[] _borders;
    private readonly Segment[] _segments;
    private readonly Dictionary<long, int[]> _grid;
    private readonly IndexedPointInAreaLocator _afghanistan;
    private readonly LineString[] _lines;
    private readonly STRtree<AreaEntry> _areas;
    private readonly GeometryFactory _factory = new();
    private readonly AdminArea[] _areaList;
    private readonly Dictionary<AdminArea, GeoPoint> _labels;
    private readonly NamedPlace[] _places;

    private BorderAtlas(Border[] borders, LineString[] lines, Segment[] segments, Polygon afghanistan, STRtree<AreaEntry> areas,
        AdminArea[] areaList, Dictionary<AdminArea, GeoPoint> labels, NamedPlace[] places)
    {
        _areaList = areaList;
        _labels = labels;
        _places = places;
        _borders = borders;
        _lines = lines;
        _segments = segments;
        _afghanistan = new IndexedPointInAreaLocator(afghanistan);
        _areas = areas;
        _grid = BuildGrid(segments);
    }

    /// <summary>The borders, in the order of the bundled file.</summary>
    public IReadOnlyList<Border> Borders => _borders;

    /// <summary>Every administrative area with a polygon, provinces and districts, in the order of the bundled file.</summary>
    public IReadOnlyList<AdminArea> AdminAreas => _areaList;

    /// <summary>The bundled towns, cities and border crossings, in the order of the bundled file.</summary>
    public IReadOnlyList<NamedPlace> Places => _places;

    /// <summary>
    /// A point inside <paramref name="area"/> to label or locate it by (the polygon's interior point,
    /// not its centroid, so it is always inside).
    /// </summary>
    /// <exception cref="ArgumentException">The area is not one of <see cref="AdminAreas"/>.</exception>
    public GeoPoint LabelPoint(AdminArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return _labels.TryGetValue(area, out GeoPoint point)
            ? point
            : throw new ArgumentException($"{area.Name} is not an area of this atlas.", nameof(area));
    }

    /// <summary>Loads and indexes the data bundled in this assembly. Takes a few hundred milliseconds; hold on to the result.</summary>
    public static BorderAtlas LoadBundled()
    {
        using JsonDocument borders = Resource(BundledGeoData.Borders);
        using JsonDocument admin = Resource(BundledGeoData.Admin);
        using JsonDocument places = Resource(BundledGeoData.Places);
        return Build(borders, admin, places);
    }

    private static JsonDocument Resource(string name)
    {
        using Stream stream = BundledGeoData.Open(name);
        return JsonDocument.Parse(stream);
    }

    private static BorderAtlas Build(JsonDocument bordersDoc, JsonDocument adminDoc, JsonDocument placesDoc)
    {
        var factory = new GeometryFactory();
        var borders = new List<Border>();
        var lines = new List<LineString>();
        var segments = new List<Segment>();
        foreach (JsonElement f in bordersDoc.RootElement.GetProperty("features").EnumerateArray())
        {
            JsonElement p = f.GetProperty("properties");
            string a = p.GetProperty("a").GetString()!, b = p.GetProperty("b").GetString()!;
            var border = new Border($"{a}-{b}", a, b, p.GetProperty("name").GetString()!);
            Coordinate[] coords = Coordinates(f.GetProperty("geometry").GetProperty("coordinates"));
            for (int i = 1; i < coords.Length; i++)
            {
                segments.Add(new Segment(coords[i - 1].X, coords[i - 1].Y, coords[i].X, coords[i].Y, borders.Count));
            }

            borders.Add(border);
            lines.Add(factory.CreateLineString(coords));
        }

        Polygon afghanistan = factory.CreatePolygon(Ring(lines));

        var areas = new STRtree<AreaEntry>();
        var areaList = new List<AdminArea>();
        var labels = new Dictionary<AdminArea, GeoPoint>(ReferenceEqualityComparer.Instance);
        foreach (JsonElement f in adminDoc.RootElement.GetProperty("features").EnumerateArray())
        {
            JsonElement g = f.GetProperty("geometry");
            Geometry? geometry = g.GetProperty("type").GetString() switch
            {
                "Polygon" => Polygon(factory, g.GetProperty("coordinates")),
                "MultiPolygon" => factory.CreateMultiPolygon(
                    [.. g.GetProperty("coordinates").EnumerateArray().Select(c => Polygon(factory, c))]),
                _ => null, // a label point: no area to locate in
            };
            if (geometry is null)
            {
                continue;
            }

            JsonElement p = f.GetProperty("properties");
            List<string> alt = Names(p, "name_alt");

            string? parent = p.TryGetProperty("parent", out JsonElement pe) && pe.ValueKind == JsonValueKind.String ? pe.GetString() : null;
            var area = new AdminArea(p.GetProperty("iso").GetString()!, (AdminLevel)p.GetProperty("level").GetInt32(),
                p.GetProperty("name").GetString()!, parent, alt);
            areas.Insert(geometry.EnvelopeInternal, new AreaEntry(area, geometry, PreparedGeometryFactory.Prepare(geometry)));
            areaList.Add(area);
            Point inside = geometry.InteriorPoint;
            labels.Add(area, new GeoPoint(inside.Y, inside.X));
        }

        areas.Build();
        var places = new List<NamedPlace>();
        foreach (JsonElement f in placesDoc.RootElement.GetProperty("features").EnumerateArray())
        {
            JsonElement p = f.GetProperty("properties");
            JsonElement c = f.GetProperty("geometry").GetProperty("coordinates");
            places.Add(new NamedPlace(p.GetProperty("name").GetString()!, Names(p, "alt_names"), p.GetProperty("kind").GetString()!,
                p.GetProperty("iso").GetString()!, new GeoPoint(c[1].GetDouble(), c[0].GetDouble())));
        }

        return new BorderAtlas([.. borders], [.. lines], [.. segments], afghanistan, areas, [.. areaList], labels, [.. places]);
    }

    private static List<string> Names(JsonElement properties, string key)
    {
        var names = new List<string>();
        if (properties.TryGetProperty(key, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement n in array.EnumerateArray())
            {
                names.Add(n.GetString()!);
            }
        }

        return names;
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

    /// <summary>Chains the border lines end to start into Afghanistan's closed outline.</summary>
    private static LinearRing Ring(List<LineString> lines)
    {
        var remaining = new List<LineString>(lines);
        var coords = new List<Coordinate>(remaining[0].Coordinates);
        remaining.RemoveAt(0);
        while (remaining.Count > 0)
        {
            int next = remaining.FindIndex(l => l.Coordinates[0].Equals2D(coords[^1]));
            if (next < 0)
            {
                throw new InvalidDataException("The bundled border lines do not chain into one ring.");
            }

            coords.AddRange(remaining[next].Coordinates.Skip(1));
            remaining.RemoveAt(next);
        }

        if (!coords[0].Equals2D(coords[^1]))
        {
            throw new InvalidDataException("The bundled border lines do not close into a ring.");
        }

        return new LinearRing([.. coords]);
    }

    private static Dictionary<long, int[]> BuildGrid(Segment[] segments)
    {
        var cells = new Dictionary<long, List<int>>();
        for (int i = 0; i < segments.Length; i++)
        {
            Segment s = segments[i];
            for (int x = Cell(Math.Min(s.X0, s.X1)); x <= Cell(Math.Max(s.X0, s.X1)); x++)
            {
                for (int y = Cell(Math.Min(s.Y0, s.Y1)); y <= Cell(Math.Max(s.Y0, s.Y1)); y++)
                {
                    long key = Key(x, y);
                    if (!cells.TryGetValue(key, out List<int>? list))
                    {
                        cells[key] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        return cells.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    private static int Cell(double deg) => (int)Math.Floor(deg / CellDeg);

    private static long Key(int x, int y) => unchecked(((long)x << 32) | (uint)y);

    /// <summary>Which country <paramref name="point"/> lies in.</summary>
    public CountryLocation LocateCountry(GeoPoint point)
    {
        var c = new Coordinate(point.LongitudeDeg, point.LatitudeDeg);
        switch (_afghanistan.Locate(c))
        {
            case Location.Interior:
                return new CountryLocation("AF", Location.Interior);
            case Location.Boundary:
                return new CountryLocation("AF", Location.Boundary);
        }

        foreach (AreaEntry e in _areas.Query(new Envelope(c)))
        {
            if (e.Area.Level == AdminLevel.Province && e.Area.CountryIso != "AF" && e.Prepared.Covers(_factory.CreatePoint(c)))
            {
                return new CountryLocation(e.Area.CountryIso, Location.Interior);
            }
        }

        Distance d = DistanceToBorder(point, out Border? nearest);
        return nearest is not null && d.Meters <= 100_000
            ? new CountryLocation(nearest.CountryB, Location.Interior)
            : new CountryLocation(null, Location.Exterior);
    }

    /// <summary>
    /// The area of the given level containing <paramref name="point"/>, preferring one in the country
    /// <see cref="LocateCountry"/> gives; null when none contains it.
    /// </summary>
    public AdminArea? FindAdminArea(GeoPoint point, AdminLevel level) =>
        FindAdminArea(point, level, LocateCountry(point).CountryIso, nearestWithinM: 0);

    /// <summary>
    /// The area of the given level and country containing <paramref name="point"/>, or the nearest one
    /// within 20 km (the areas and border lines come from different sources, so a place on the border
    /// can fall just outside its own country's areas); null when there is none.
    /// </summary>
    public AdminArea? FindAdminArea(GeoPoint point, AdminLevel level, string countryIso)
    {
        ArgumentNullException.ThrowIfNull(countryIso);
        AdminArea? area = FindAdminArea(point, level, countryIso, NearestAreaSearchM);
        return area?.CountryIso == countryIso ? area : null;
    }

    private AdminArea? FindAdminArea(GeoPoint point, AdminLevel level, string? country, double nearestWithinM)
    {
        var c = new Coordinate(point.LongitudeDeg, point.LatitudeDeg);
        Point p = _factory.CreatePoint(c);
        AdminArea? other = null;
        foreach (AreaEntry e in _areas.Query(new Envelope(c)))
        {
            if (e.Area.Level != level || !e.Prepared.Covers(p))
            {
                continue;
            }

            if (country is null || e.Area.CountryIso == country)
            {
                return e.Area;
            }

            other ??= e.Area;
        }

        if (other is not null && nearestWithinM <= 0)
        {
            return other;
        }

        if (nearestWithinM <= 0 || country is null)
        {
            return null;
        }

        // The areas and the border lines come from different sources and do not meet exactly:
        // take the nearest area of the wanted country.
        double degLat = nearestWithinM / 111_000.0;
        double degLon = degLat / Math.Max(0.1, Math.Cos(Angle.ToRadians(point.LatitudeDeg)));
        var search = new Envelope(c.X - degLon, c.X + degLon, c.Y - degLat, c.Y + degLat);
        AdminArea? best = null;
        double bestM = nearestWithinM;
        foreach (AreaEntry e in _areas.Query(search))
        {
            if (e.Area.Level != level || e.Area.CountryIso != country)
            {
                continue;
            }

            Coordinate[] nearest = DistanceOp.NearestPoints(e.Geometry, p);
            double m = Geodesic.Inverse(point, new GeoPoint(nearest[0].Y, nearest[0].X)).Distance.Meters;
            if (m <= bestM)
            {
                best = e.Area;
                bestM = m;
            }
        }

        return best;
    }

    /// <summary>Distance from <paramref name="point"/> to the nearest border line, and that border.</summary>
    public Distance DistanceToBorder(GeoPoint point, out Border? nearest)
    {
        Point p = _factory.CreatePoint(new Coordinate(point.LongitudeDeg, point.LatitudeDeg));
        nearest = null;
        double best = double.PositiveInfinity;
        for (int i = 0; i < _lines.Length; i++)
        {
            Coordinate[] np = DistanceOp.NearestPoints(_lines[i], p);
            double m = Geodesic.Inverse(point, new GeoPoint(np[0].Y, np[0].X)).Distance.Meters;
            if (m < best)
            {
                best = m;
                nearest = _borders[i];
            }
        }

        return Distance.FromMeters(best);
    }

    /// <summary>
    /// Appends, in order along the path, every crossing of a border line by the straight step from
    /// <paramref name="from"/> to <paramref name="to"/>; returns how many it appended.
    /// </summary>
    /// <remarks>
    /// A point exactly on a line counts as Afghanistan's side. Each change of side along a polyline
    /// is counted on exactly one of its steps: a step through a vertex shared by two line segments
    /// counts once (segments are half-open), a path running exactly along the line crosses nothing,
    /// and one that touches the line from outside and turns back enters and leaves at that point.
    /// Allocates nothing when there is no crossing.
    /// </remarks>
    public int FindCrossings(GeoPoint from, DateTimeOffset fromAt, GeoPoint to, DateTimeOffset toAt, List<BorderCrossing> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        double px = from.LongitudeDeg, py = from.LatitudeDeg, qx = to.LongitudeDeg, qy = to.LatitudeDeg;
        int first = into.Count;
        Span<int> seen = stackalloc int[64];
        int seenCount = 0;
        int touched = -1;
        for (int cx = Cell(Math.Min(px, qx)); cx <= Cell(Math.Max(px, qx)); cx++)
        {
            for (int cy = Cell(Math.Min(py, qy)); cy <= Cell(Math.Max(py, qy)); cy++)
            {
                if (!_grid.TryGetValue(Key(cx, cy), out int[]? candidates))
                {
                    continue;
                }

                foreach (int k in candidates)
                {
                    // A segment spanning several cells is listed in each; past 64 candidates a repeat
                    // is caught by Add, which drops a crossing it already found.
                    if (seen[..seenCount].Contains(k))
                    {
                        continue;
                    }

                    if (seenCount < seen.Length)
                    {
                        seen[seenCount++] = k;
                    }

                    if (!TryCross(k, from, fromAt, to, toAt, into, first))
                    {
                        touched = k;
                    }
                }
            }
        }

        if (touched >= 0)
        {
            SettleTouch(touched, from, fromAt, to, toAt, into, first);
        }

        return into.Count - first;
    }

    /// <summary>
    /// Adds the crossing if the step strictly crosses segment <paramref name="k"/>. Returns false
    /// when an end of the step lies exactly on the segment, which <see cref="SettleTouch"/> decides.
    /// </summary>
    private bool TryCross(int k, GeoPoint from, DateTimeOffset fromAt, GeoPoint to, DateTimeOffset toAt, List<BorderCrossing> into, int first)
    {
        Segment s = _segments[k];
        double o0 = s.Side(from.LongitudeDeg, from.LatitudeDeg);
        double o1 = s.Side(to.LongitudeDeg, to.LatitudeDeg);
        if ((o0 == 0) != (o1 == 0))
        {
            GeoPoint end = o0 == 0 ? from : to;
            double ue = s.Along(end.LongitudeDeg, end.LatitudeDeg);
            return ue is < 0 or > 1;
        }

        if (o0 == 0 || (o0 > 0) == (o1 > 0))
        {
            return true;
        }

        double t = o0 / (o0 - o1);
        double x = from.LongitudeDeg + (t * (to.LongitudeDeg - from.LongitudeDeg));
        double y = from.LatitudeDeg + (t * (to.LatitudeDeg - from.LatitudeDeg));
        double u = s.Along(x, y);
        if (u >= 0 && u < 1)
        {
            Add(_borders[s.Border], leavingAfghanistan: o0 > 0, t, from, fromAt, to, toAt, into, first);
        }

        return true;
    }

    /// <summary>
    /// An end of the step lies exactly on the line: the step changes side when Afghanistan's outline
    /// (on which the line counts as Afghan) puts its two ends on different sides and no strict
    /// crossing accounted for that.
    /// </summary>
    private void SettleTouch(int k, GeoPoint from, DateTimeOffset fromAt, GeoPoint to, DateTimeOffset toAt, List<BorderCrossing> into, int first)
    {
        bool inside0 = _afghanistan.Locate(new Coordinate(from.LongitudeDeg, from.LatitudeDeg)) != Location.Exterior;
        bool inside1 = _afghanistan.Locate(new Coordinate(to.LongitudeDeg, to.LatitudeDeg)) != Location.Exterior;
        if (inside0 == inside1 || (into.Count - first) % 2 == 1)
        {
            return;
        }

        double t = _segments[k].Side(to.LongitudeDeg, to.LatitudeDeg) == 0 ? 1 : 0;
        Add(_borders[_segments[k].Border], leavingAfghanistan: inside0, t, from, fromAt, to, toAt, into, first);
    }

    private void Add(Border border, bool leavingAfghanistan, double t, GeoPoint from, DateTimeOffset fromAt, GeoPoint to,
        DateTimeOffset toAt, List<BorderCrossing> into, int first)
    {
        double x = from.LongitudeDeg + (t * (to.LongitudeDeg - from.LongitudeDeg));
        double y = from.LatitudeDeg + (t * (to.LatitudeDeg - from.LatitudeDeg));
        var at = fromAt + TimeSpan.FromTicks((long)Math.Round(t * (toAt - fromAt).Ticks));
        for (int i = first; i < into.Count; i++)
        {
            if (Math.Abs((into[i].At - at).TotalMilliseconds) < 1 && into[i].Point.LongitudeDeg - x is > -1e-9 and < 1e-9
                && into[i].Point.LatitudeDeg - y is > -1e-9 and < 1e-9)
            {
                return; // the same crossing through a shared vertex, found on the neighbouring segment
            }
        }

        string fromCountry = leavingAfghanistan ? border.CountryA : border.CountryB;
        string toCountry = leavingAfghanistan ? border.CountryB : border.CountryA;
        var point = new GeoPoint(y, x, from.AltitudeM + (t * (to.AltitudeM - from.AltitudeM)));
        (GeoPoint back, GeoPoint ahead) = Probes(from, to, point);
        var crossing = new BorderCrossing(
            border, fromCountry, toCountry, point, at,
            FindAdminArea(back, AdminLevel.District, fromCountry, NearestAreaSearchM),
            FindAdminArea(ahead, AdminLevel.District, toCountry, NearestAreaSearchM),
            FindAdminArea(back, AdminLevel.Province, fromCountry, NearestAreaSearchM),
            FindAdminArea(ahead, AdminLevel.Province, toCountry, NearestAreaSearchM));

        int index = into.Count;
        while (index > first && into[index - 1].At > at)
        {
            index--;
        }

        into.Insert(index, crossing);
    }

    /// <summary>Points <see cref="SideProbeM"/> before and after the crossing along the step's direction.</summary>
    private static (GeoPoint Back, GeoPoint Ahead) Probes(GeoPoint from, GeoPoint to, GeoPoint at)
    {
        double mPerDegLat = 111_132.0;
        double mPerDegLon = 111_320.0 * Math.Cos(Angle.ToRadians(at.LatitudeDeg));
        double dx = (to.LongitudeDeg - from.LongitudeDeg) * mPerDegLon;
        double dy = (to.LatitudeDeg - from.LatitudeDeg) * mPerDegLat;
        double len = Math.Sqrt((dx * dx) + (dy * dy));
        if (len == 0)
        {
            return (at, at);
        }

        double sx = dx / len * SideProbeM / mPerDegLon, sy = dy / len * SideProbeM / mPerDegLat;
        return (Clamp(at.LatitudeDeg - sy, at.LongitudeDeg - sx), Clamp(at.LatitudeDeg + sy, at.LongitudeDeg + sx));
    }

    private static GeoPoint Clamp(double lat, double lon) => new(Math.Clamp(lat, -90, 90), Math.Clamp(lon, -180, 180));

    private readonly record struct Segment(double X0, double Y0, double X1, double Y1, int Border)
    {
        /// <summary>Positive when (x, y) is left of the segment's line (Afghanistan's side), zero on it.</summary>
        public double Side(double x, double y) => ((X1 - X0) * (y - Y0)) - ((Y1 - Y0) * (x - X0));

        /// <summary>Where the projection of (x, y) falls along the segment: 0 at its start, 1 at its end.</summary>
        public double Along(double x, double y)
        {
            double ex = X1 - X0, ey = Y1 - Y0;
            return (((x - X0) * ex) + ((y - Y0) * ey)) / ((ex * ex) + (ey * ey));
        }
    }

    private sealed record AreaEntry(AdminArea Area, Geometry Geometry, IPreparedGeometry Prepared);
}
