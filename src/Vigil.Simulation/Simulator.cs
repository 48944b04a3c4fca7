using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Simulation;

/// <summary>
/// Turns a scenario into ground truth and radar plots; the same scenario and seed give the same
/// output. The radar model is in docs/scenarios.md: a rotating antenna sweeping 0→360° once per
/// scan period from a random phase, so each plot is stamped when the beam passed the target; Gaussian
/// range/azimuth/elevation noise; detection with the site's probability; Swerling-1 fluctuating RCS;
/// Poisson clutter uniform over the coverage disc; jamming silences or degrades a radar.
/// </summary>
public sealed class Simulator
{
    /// <summary>Latency from measurement to reception.</summary>
    public static readonly TimeSpan ReceiveLatency = TimeSpan.FromMilliseconds(50);

    private const double MinClutterRangeM = 500;
    private const double ClutterRcsMeanDbsm = -20;
    private const double ClutterRcsSigmaDb = 6;
    private const double RcsMeasurementSigmaDb = 1;
    private const double WanderCorrelationS = 20;

    private readonly Scenario _scenario;

    /// <summary>Creates a simulator for a scenario.</summary>
    public Simulator(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
    }

    /// <summary>Runs the simulation.</summary>
    public SimulationRun Run()
    {
        var truth = new List<TruthTarget>(_scenario.Targets.Count);
        foreach (TargetSpec target in _scenario.Targets)
        {
            truth.Add(Trajectory(target));
        }

        var plots = new List<(SimulatedPlot Plot, int Order)>();
        var scans = new List<RadarScan>();
        foreach (RadarSite radar in _scenario.Radars)
        {
            Observe(radar, truth, plots, scans);
        }

        scans.Sort((a, b) =>
        {
            int c = a.StartedAt.CompareTo(b.StartedAt);
            return c != 0 ? c : string.CompareOrdinal(a.Sensor.Value, b.Sensor.Value);
        });
        plots.Sort((a, b) =>
        {
            int c = a.Plot.Detection.MeasuredAt.CompareTo(b.Plot.Detection.MeasuredAt);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        return new SimulationRun(_scenario, truth, plots.ConvertAll(p => p.Plot), scans);
    }

    private TruthTarget Trajectory(TargetSpec target)
    {
        DateTimeOffset launch = _scenario.Start + target.Launch;
        var states = new List<TruthState>();
        Xoshiro256 rng = Xoshiro256.ForStream(_scenario.Seed, "target:" + target.Id);
        IReadOnlyList<Waypoint> route = target.Waypoints;

        GeoPoint position = route[0].Position;
        int next = 1;
        double deviationDeg = 0;
        DateTimeOffset t = launch;
        const double dt = 1.0;
        while (t <= _scenario.End)
        {
            Waypoint from = route[next - 1], to = route[next];
            GeodesicResult toNext = Geodesic.Inverse(position, to.Position);
            double speed = from.SpeedMps;
            double remaining = toNext.Distance.Meters;
            double legTime = Math.Max(remaining / speed, 1e-9);
            double climb = (to.Position.AltitudeM - position.AltitudeM) / legTime;
            states.Add(new TruthState(t, position, speed, target.WanderDeg > 0 ? Angle.Normalize360(toNext.InitialBearingDeg + deviationDeg) : toNext.InitialBearingDeg, climb));

            if (target.WanderDeg > 0)
            {
                // Ornstein–Uhlenbeck deviation of the heading from the bearing to the next waypoint.
                double a = dt / WanderCorrelationS;
                deviationDeg += (-deviationDeg * a) + (target.WanderDeg * Math.Sqrt(2 * a) * rng.NextGaussian());
            }

            double step = speed * dt;
            if (step >= remaining)
            {
                // Reach the waypoint and carry on along the next leg for the rest of the second.
                double left = (step - remaining) / speed;
                position = to.Position;
                next++;
                if (next >= route.Count)
                {
                    t += TimeSpan.FromSeconds(remaining / speed);
                    states.Add(new TruthState(Round(t), position, 0, toNext.FinalBearingDeg, 0));
                    break;
                }

                GeodesicResult leg = Geodesic.Inverse(position, route[next].Position);
                double move = Math.Min(route[next - 1].SpeedMps * left, leg.Distance.Meters);
                double f = leg.Distance.Meters > 0 ? move / leg.Distance.Meters : 0;
                position = Geodesic.Direct(position, leg.InitialBearingDeg, Distance.FromMeters(move))
                    .WithAltitude(position.AltitudeM + (f * (route[next].Position.AltitudeM - position.AltitudeM)));
            }
            else
            {
                double heading = target.WanderDeg > 0 ? toNext.InitialBearingDeg + deviationDeg : toNext.InitialBearingDeg;
                double alt = position.AltitudeM + (climb * dt);
                position = Geodesic.Direct(position, Angle.Normalize360(heading), Distance.FromMeters(step)).WithAltitude(alt);
            }

            t += TimeSpan.FromSeconds(dt);
        }

        if (states.Count == 0)
        {
            states.Add(new TruthState(launch, position, 0, 0, 0));
        }

        return new TruthTarget(target.Id, target.Kind, target.RcsDbsm, states);
    }

    private void Observe(RadarSite radar, List<TruthTarget> truth, List<(SimulatedPlot, int)> plots, List<RadarScan> scans)
    {
        Xoshiro256 rng = Xoshiro256.ForStream(_scenario.Seed, "radar:" + radar.Id.Value);
        var frame = new LocalFrame(radar.Position);
        double periodS = radar.ScanPeriod.TotalSeconds;
        DateTimeOffset firstScan = _scenario.Start + TimeSpan.FromSeconds(rng.NextDouble() * periodS);

        for (int scan = 0; ; scan++)
        {
            DateTimeOffset scanStart = firstScan + TimeSpan.FromTicks(scan * radar.ScanPeriod.Ticks);
            if (scanStart >= _scenario.End)
            {
                break;
            }

            JammingWindow? jam = ActiveJamming(radar.Id, scanStart);
            scans.Add(new RadarScan(radar.Id, scan, scanStart, jam));
            if (jam is { Effect: JammingEffect.Silence })
            {
                continue;
            }

            double noise = jam?.NoiseFactor ?? 1;
            double pd = radar.ProbabilityOfDetection * (jam?.DetectionFactor ?? 1);
            double clutter = radar.FalseAlarmsPerScan * (jam?.ClutterFactor ?? 1);

            foreach (TruthTarget target in truth)
            {
                if (scanStart + radar.ScanPeriod < target.First || scanStart > target.Last)
                {
                    continue;
                }

                // When does the beam pass the target? Its azimuth at the scan start, refined once.
                double az = Polar.FromEnu(frame.ToEnu(target.PositionAt(scanStart))).AzimuthDeg;
                DateTimeOffset at = Round(scanStart + TimeSpan.FromSeconds(az / 360 * periodS));
                az = Polar.FromEnu(frame.ToEnu(target.PositionAt(at))).AzimuthDeg;
                at = Round(scanStart + TimeSpan.FromSeconds(az / 360 * periodS));
                if (at < target.First || at > target.Last)
                {
                    continue;
                }

                (double range, double azimuth, double elevation) = Polar.FromEnu(frame.ToEnu(target.PositionAt(at)));
                if (range > radar.MaxRangeM || rng.NextDouble() >= pd)
                {
                    continue;
                }

                double rcs = (10 * Math.Log10(Math.Pow(10, target.RcsDbsm / 10) * rng.NextExponential())) + (RcsMeasurementSigmaDb * rng.NextGaussian());
                Add(radar, scan, at, range, azimuth, elevation, noise, rcs, target.Id, rng, plots);
            }

            int falsePlots = rng.NextPoisson(clutter);
            double r0 = MinClutterRangeM * MinClutterRangeM, r1 = radar.MaxRangeM * radar.MaxRangeM;
            for (int i = 0; i < falsePlots; i++)
            {
                double range = Math.Sqrt(r0 + (rng.NextDouble() * (r1 - r0)));
                double azimuth = rng.NextDouble() * 360;
                double elevation = rng.NextDouble() * 2;
                DateTimeOffset at = Round(scanStart + TimeSpan.FromSeconds(azimuth / 360 * periodS));
                double rcs = ClutterRcsMeanDbsm + (ClutterRcsSigmaDb * rng.NextGaussian());
                Add(radar, scan, at, range, azimuth, elevation, noise, rcs, null, rng, plots);
            }
        }
    }

    private static void Add(RadarSite radar, int scan, DateTimeOffset at, double range, double azimuth, double elevation,
        double noiseFactor, double rcs, string? truthId, Xoshiro256 rng, List<(SimulatedPlot, int)> plots)
    {
        double r = Math.Max(1, range + (radar.RangeSigmaM * noiseFactor * rng.NextGaussian()));
        double az = Angle.Normalize360(azimuth + (radar.AzimuthSigmaDeg * noiseFactor * rng.NextGaussian()));
        double el = radar.Is3D ? Math.Clamp(elevation + (radar.ElevationSigmaDeg * noiseFactor * rng.NextGaussian()), -90, 90) : double.NaN;
        var detection = new Detection(radar.Id, at, at + ReceiveLatency, r, az, el, Math.Round(rcs, 2));
        plots.Add((new SimulatedPlot(detection, scan, truthId), plots.Count));
    }

    private JammingWindow? ActiveJamming(SensorId sensor, DateTimeOffset at)
    {
        TimeSpan offset = at - _scenario.Start;
        foreach (JammingWindow w in _scenario.Jamming)
        {
            if (w.Sensor == sensor && offset >= w.From && offset < w.To)
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>Times are kept on a millisecond grid so files round-trip them exactly.</summary>
    private static DateTimeOffset Round(DateTimeOffset t) =>
        new(t.Ticks - (t.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
