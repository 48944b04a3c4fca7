using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Tracking.Tests;

/// <summary>
/// A small synthetic radar scene, independent of the simulator: straight-line targets seen by
/// rotating radars with Gaussian noise, missed detections and uniform clutter.
/// </summary>
internal sealed class Scene
{
    public static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 0, 0, TimeSpan.Zero);
    public static readonly GeoPoint Origin = new(31.80, 69.20, 2000);

    public LocalFrame Frame { get; } = new(Origin);

    public List<RadarSite> Radars { get; } = [];

    public List<(Enu Start, Enu Velocity, double RcsDbsm)> Targets { get; } = [];

    public RadarSite AddRadar(string id, double east, double north, double falseAlarms = 3)
    {
        var r = new RadarSite
        {
            Id = new SensorId(id),
            Position = Frame.ToGeodetic(new Enu(east, north, -300)),
            MaxRangeM = 20_000,
            RangeSigmaM = 10,
            AzimuthSigmaDeg = 0.25,
            ElevationSigmaDeg = 0.4,
            ProbabilityOfDetection = 0.9,
            FalseAlarmsPerScan = falseAlarms,
            ScanPeriod = TimeSpan.FromSeconds(1),
        };
        Radars.Add(r);
        return r;
    }

    public Enu TruthAt(int target, double t) => Targets[target].Start + (t * Targets[target].Velocity);

    /// <summary>Runs <paramref name="scans"/> scans of every radar through the tracker; returns every update.</summary>
    public List<TrackUpdate> Run(Tracker tracker, int scans, int seed)
    {
        var rng = new Random(seed);
        var all = new List<TrackUpdate>();
        var updates = new List<TrackUpdate>();
        for (int k = 0; k < scans; k++)
        {
            for (int ri = 0; ri < Radars.Count; ri++)
            {
                RadarSite radar = Radars[ri];
                var local = new LocalFrame(radar.Position);
                DateTimeOffset scanStart = T0.AddSeconds(k + (0.37 * ri));
                var plots = new List<Detection>();
                for (int i = 0; i < Targets.Count; i++)
                {
                    double az0 = Polar.FromEnu(local.ToEnu(Frame.ToGeodetic(TruthAt(i, (scanStart - T0).TotalSeconds)))).AzimuthDeg;
                    DateTimeOffset at = scanStart.AddSeconds(az0 / 360);
                    (double r, double az, double el) = Polar.FromEnu(local.ToEnu(Frame.ToGeodetic(TruthAt(i, (at - T0).TotalSeconds))));
                    if (r > radar.MaxRangeM || rng.NextDouble() > radar.ProbabilityOfDetection)
                    {
                        continue;
                    }

                    plots.Add(new Detection(radar.Id, at, at, r + (10 * G(rng)), Angle.Normalize360(az + (0.25 * G(rng))),
                        el + (0.4 * G(rng)), Targets[i].RcsDbsm + (5 * G(rng))));
                }

                int clutter = (int)Math.Round(radar.FalseAlarmsPerScan * 2 * rng.NextDouble());
                for (int c = 0; c < clutter; c++)
                {
                    double az = rng.NextDouble() * 360;
                    plots.Add(new Detection(radar.Id, scanStart.AddSeconds(az / 360), scanStart.AddSeconds(az / 360),
                        500 + (rng.NextDouble() * 19_000), az, rng.NextDouble() * 2, -20 + (6 * G(rng))));
                }

                plots.Sort((a, b) => a.MeasuredAt.CompareTo(b.MeasuredAt));
                updates.Clear();
                tracker.Process(plots.ToArray(), updates);
                tracker.EndScan(radar.Id, scanStart, scanStart.AddSeconds(1), updates);
                all.AddRange(updates);
            }
        }

        return all;
    }

    private static double G(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
