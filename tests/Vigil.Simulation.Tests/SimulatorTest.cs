using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Simulation.Tests;

public sealed class SimulatorTest : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 1, 0, 0, TimeSpan.Zero);
    private static readonly RadarSite Radar = new()
    {
        Id = new SensorId("r1"),
        Position = new GeoPoint(31.80, 69.25, 1700),
        MaxRangeM = 20_000,
        RangeSigmaM = 10,
        AzimuthSigmaDeg = 0.25,
        ElevationSigmaDeg = 0.4,
        ProbabilityOfDetection = 0.8,
        FalseAlarmsPerScan = 5,
        ScanPeriod = TimeSpan.FromSeconds(1),
    };

    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-sim-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Scenario Scenario(int seed = 1, IReadOnlyList<JammingWindow>? jamming = null) => new()
    {
        Name = "test",
        Start = T0,
        Duration = TimeSpan.FromMinutes(10),
        Seed = seed,
        Radars = [Radar],
        Targets =
        [
            new TargetSpec
            {
                Id = "d1",
                Kind = ObjectClass.Drone,
                Launch = TimeSpan.FromSeconds(10),
                RcsDbsm = -13,
                Waypoints =
                [
                    new Waypoint(new GeoPoint(31.80, 69.15, 2300), 20),
                    new Waypoint(new GeoPoint(31.85, 69.20, 2300), 15),
                    new Waypoint(new GeoPoint(31.85, 69.30, 2400), 0),
                ],
            },
            new TargetSpec
            {
                Id = "b1",
                Kind = ObjectClass.Bird,
                Launch = TimeSpan.Zero,
                RcsDbsm = -30,
                WanderDeg = 35,
                Waypoints = [new Waypoint(new GeoPoint(31.78, 69.20, 2000), 10), new Waypoint(new GeoPoint(31.76, 69.24, 2000), 0)],
            },
        ],
        Jamming = jamming ?? [],
    };

    [Fact]
    public void Run_SameSeed_SameOutput_OtherSeed_Differs()
    {
        SimulationRun a = new Simulator(Scenario(1)).Run();
        SimulationRun b = new Simulator(Scenario(1)).Run();
        SimulationRun c = new Simulator(Scenario(2)).Run();
        Assert.Equal(a.Plots, b.Plots);
        Assert.Equal(a.Truth.SelectMany(t => t.States), b.Truth.SelectMany(t => t.States));
        Assert.NotEmpty(a.Plots);
        Assert.False(a.Plots.SequenceEqual(c.Plots));
    }

    [Fact]
    public void Run_Truth_FollowsWaypointsAtTheirSpeeds()
    {
        Scenario s = Scenario() with { Duration = TimeSpan.FromMinutes(30) };
        TruthTarget drone = new Simulator(s).Run().Truth.Single(t => t.Id == "d1");
        Assert.Equal(T0.AddSeconds(10), drone.First);

        double leg1 = Geodesic.Inverse(new GeoPoint(31.80, 69.15), new GeoPoint(31.85, 69.20)).Distance.Meters;
        double leg2 = Geodesic.Inverse(new GeoPoint(31.85, 69.20), new GeoPoint(31.85, 69.30)).Distance.Meters;
        DateTimeOffset atWaypoint = drone.First.AddSeconds(leg1 / 20);
        Assert.True(Geodesic.Inverse(drone.PositionAt(atWaypoint), new GeoPoint(31.85, 69.20)).Distance.Meters < 5);
        Assert.Equal((leg1 / 20) + (leg2 / 15), (drone.Last - drone.First).TotalSeconds, 0);
        Assert.True(Geodesic.Inverse(drone.States[^1].Position, new GeoPoint(31.85, 69.30)).Distance.Meters < 1);
        Assert.Equal(2400, drone.States[^1].Position.AltitudeM, 6);
    }

    [Fact]
    public void Run_Bird_Wanders()
    {
        TruthTarget bird = new Simulator(Scenario()).Run().Truth.Single(t => t.Id == "b1");
        double[] headings = [.. bird.States.Take(bird.States.Count - 1).Select(s => s.HeadingDeg)];
        double spread = Math.Sqrt(headings.Select(h => Math.Pow(Angle.ToDegrees(Angle.WrapPi(Angle.ToRadians(h - headings[0]))), 2)).Average());
        Assert.True(spread > 10, $"heading spread {spread:F1}°");
    }

    [Fact]
    public void Run_PlotErrors_HaveTheConfiguredSpread_AndPdHolds()
    {
        Scenario s = Scenario() with { Duration = TimeSpan.FromMinutes(30) };
        SimulationRun run = new Simulator(s).Run();
        var frame = new LocalFrame(Radar.Position);
        var rangeErrors = new List<double>();
        var azErrors = new List<double>();
        foreach (SimulatedPlot p in run.Plots.Where(p => p.TruthId == "d1"))
        {
            TruthTarget t = run.Truth.Single(x => x.Id == "d1");
            (double r, double az, _) = Polar.FromEnu(frame.ToEnu(t.PositionAt(p.Detection.MeasuredAt)));
            rangeErrors.Add(p.Detection.RangeM - r);
            azErrors.Add(Angle.ToDegrees(Angle.WrapPi(Angle.ToRadians(p.Detection.AzimuthDeg - az))));
        }

        Assert.InRange(StdDev(rangeErrors), 9, 11);
        Assert.InRange(StdDev(azErrors), 0.225, 0.275);

        // Scans in which the drone was in coverage vs scans with its plot.
        TruthTarget drone = run.Truth.Single(x => x.Id == "d1");
        int scans = (int)(drone.Last - drone.First).TotalSeconds - 1;
        double pd = rangeErrors.Count / (double)scans;
        Assert.InRange(pd, 0.75, 0.85);
    }

    [Fact]
    public void Run_Clutter_MatchesTheConfiguredRate()
    {
        SimulationRun run = new Simulator(Scenario()).Run();
        int clutter = run.Plots.Count(p => p.TruthId is null);
        int scans = run.Plots.Select(p => p.Scan).Distinct().Count();
        Assert.InRange(clutter / (double)scans, 4.5, 5.5);
        Assert.All(run.Plots, p => Assert.InRange(p.Detection.RangeM, 1, Radar.MaxRangeM + 100));
    }

    [Fact]
    public void Run_Silence_NoPlotsInTheWindow()
    {
        var jam = new JammingWindow { Sensor = Radar.Id, From = TimeSpan.FromMinutes(2), To = TimeSpan.FromMinutes(4), Effect = JammingEffect.Silence };
        SimulationRun run = new Simulator(Scenario(jamming: [jam])).Run();
        Assert.DoesNotContain(run.Plots, p => p.Detection.MeasuredAt >= T0.AddMinutes(2).AddSeconds(1) && p.Detection.MeasuredAt < T0.AddMinutes(4));
        Assert.Contains(run.Plots, p => p.Detection.MeasuredAt > T0.AddMinutes(4).AddSeconds(1));
    }

    [Fact]
    public void Run_Degrade_AddsClutterAndNoise()
    {
        var jam = new JammingWindow { Sensor = Radar.Id, From = TimeSpan.Zero, To = TimeSpan.FromMinutes(10), Effect = JammingEffect.Degrade };
        int normal = new Simulator(Scenario()).Run().Plots.Count(p => p.TruthId is null);
        int degraded = new Simulator(Scenario(jamming: [jam])).Run().Plots.Count(p => p.TruthId is null);
        Assert.InRange(degraded / (double)normal, 3.5, 4.5);
    }

    [Fact]
    public void Files_RoundTripExactly()
    {
        SimulationRun run = new Simulator(Scenario()).Run();
        SimulationFiles.Write(_dir, run);

        DetectionsReadResult plots = SimulationFiles.ReadDetections(Path.Combine(_dir, "detections.ndjson"));
        Assert.Empty(plots.Errors);
        Assert.Equal(run.Plots, plots.Plots);

        SensorsReadResult sensors = SimulationFiles.ReadSensors(Path.Combine(_dir, "sensors.json"));
        Assert.Empty(sensors.Errors);
        Assert.Equal(Radar, Assert.Single(sensors.Radars));
        Assert.Equal(run.Truth.Sum(t => t.States.Count), File.ReadLines(Path.Combine(_dir, "truth.ndjson")).Count());
    }

    [Fact]
    public void ReadDetections_BadLines_AreReportedByNumberAndTheRestKept()
    {
        SimulationRun run = new Simulator(Scenario()).Run();
        SimulationFiles.Write(_dir, run);
        string path = Path.Combine(_dir, "detections.ndjson");
        string[] lines = File.ReadAllLines(path);
        lines[4] = "{not json";
        lines[9] = lines[9].Replace("\"rangeM\":", "\"rangeX\":");
        lines[11] = lines[11].Replace("\"azimuthDeg\":", "\"azimuthDeg\":400,\"x\":");
        File.WriteAllLines(path, lines);

        DetectionsReadResult r = SimulationFiles.ReadDetections(path);
        Assert.Equal(3, r.Errors.Count);
        Assert.StartsWith(path + ":5:", r.Errors[0]);
        Assert.StartsWith(path + ":10:", r.Errors[1]);
        Assert.Contains("rangeM", r.Errors[1]);
        Assert.StartsWith(path + ":12:", r.Errors[2]);
        Assert.Equal(run.Plots.Count - 3, r.Plots.Count);
    }

    private static double StdDev(List<double> xs)
    {
        double mean = xs.Average();
        return Math.Sqrt(xs.Sum(x => (x - mean) * (x - mean)) / (xs.Count - 1));
    }
}
