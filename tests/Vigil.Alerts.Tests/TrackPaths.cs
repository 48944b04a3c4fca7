using Vigil.Core;
using Vigil.Geo;
using Vigil.Tracking;

namespace Vigil.Alerts.Tests;

/// <summary>Synthetic track updates along straight lines, for driving the alert rules.</summary>
internal static class TrackPaths
{
    public static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 0, 0, TimeSpan.Zero);

    /// <summary>West of the AF-PK line near Bajaur (Kunar, AF).</summary>
    public static readonly GeoPoint KunarSide = new(34.83, 71.20, 1500);

    /// <summary>East of the line (Bajaur, PK).</summary>
    public static readonly GeoPoint BajaurSide = new(34.83, 71.33, 1500);

    public static readonly ClassProbabilities Drone = new(0.9, 0.05, 0.05);
    public static readonly ClassProbabilities Bird = new(0.1, 0.85, 0.05);

    /// <summary>Updates every <paramref name="stepS"/> seconds along a → b, linear in latitude and longitude.</summary>
    public static List<TrackUpdate> Line(int id, GeoPoint a, GeoPoint b, DateTimeOffset start, double stepS, int steps,
        ClassProbabilities cls, int confirmAfter = 0)
    {
        var updates = new List<TrackUpdate>();
        for (int i = 0; i <= steps; i++)
        {
            double f = (double)i / steps;
            var p = new GeoPoint(
                a.LatitudeDeg + (f * (b.LatitudeDeg - a.LatitudeDeg)),
                a.LongitudeDeg + (f * (b.LongitudeDeg - a.LongitudeDeg)),
                a.AltitudeM);
            TrackStatus status = i >= confirmAfter ? TrackStatus.Confirmed : TrackStatus.Tentative;
            updates.Add(new TrackUpdate(new TrackId(id), start.AddSeconds(i * stepS), status, p, new Enu(20, 0, 0), cls, true, i + 1));
        }

        return updates;
    }

    /// <summary>Feeds updates (merged by time) through an engine and returns every alert raised.</summary>
    public static List<Alert> Run(AlertEngine engine, params List<TrackUpdate>[] tracks)
    {
        var all = new List<TrackUpdate>();
        foreach (List<TrackUpdate> t in tracks)
        {
            all.AddRange(t);
        }

        all.Sort((x, y) => x.At.CompareTo(y.At));
        var alerts = new List<Alert>();
        foreach (TrackUpdate u in all)
        {
            engine.Observe(u, alerts);
        }

        return alerts;
    }
}
