using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Pipeline;

/// <summary>
/// A group of radars whose coverage overlaps or nearly so, fused by one tracker in one local ENU frame
/// centred on them. Radars far apart (another part of the border) get their own sector, so that no
/// frame stretches over hundreds of kilometres.
/// </summary>
public sealed class Sector
{
    private Sector(int index, LocalFrame frame, IReadOnlyList<RadarSite> radars)
    {
        Index = index;
        Frame = frame;
        Radars = radars;
    }

    /// <summary>The sector's position in <see cref="Plan"/>'s result, from 0.</summary>
    public int Index { get; }

    /// <summary>The tracker's frame: its origin is the mean of the radar positions.</summary>
    public LocalFrame Frame { get; }

    /// <summary>The radars of the sector.</summary>
    public IReadOnlyList<RadarSite> Radars { get; }

    /// <summary>
    /// Splits radars into sectors: two radars share one when their coverage discs come within
    /// <paramref name="linkGapM"/> of each other (single linkage, so a chain of radars forms one sector).
    /// </summary>
    public static IReadOnlyList<Sector> Plan(IReadOnlyList<RadarSite> radars, double linkGapM = 20_000)
    {
        ArgumentNullException.ThrowIfNull(radars);
        int n = radars.Count;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
        }

        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double d = Geodesic.Inverse(radars[i].Position, radars[j].Position).Distance.Meters;
                if (d <= radars[i].MaxRangeM + radars[j].MaxRangeM + linkGapM)
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        var groups = new Dictionary<int, List<RadarSite>>();
        var order = new List<int>();
        for (int i = 0; i < n; i++)
        {
            int root = Find(i);
            if (!groups.TryGetValue(root, out List<RadarSite>? members))
            {
                groups[root] = members = [];
                order.Add(root);
            }

            members.Add(radars[i]);
        }

        var sectors = new List<Sector>(order.Count);
        foreach (int root in order)
        {
            List<RadarSite> members = groups[root];
            double lat = 0, lon = 0, alt = 0;
            foreach (RadarSite r in members)
            {
                lat += r.Position.LatitudeDeg;
                lon += r.Position.LongitudeDeg;
                alt += r.Position.AltitudeM;
            }

            var origin = new GeoPoint(lat / members.Count, lon / members.Count, alt / members.Count);
            sectors.Add(new Sector(sectors.Count, new LocalFrame(origin), members));
        }

        return sectors;
    }
}
