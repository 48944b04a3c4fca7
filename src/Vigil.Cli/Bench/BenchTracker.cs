using System.Diagnostics;
using System.Globalization;
using Vigil.Core;
using Vigil.Geo;
using Vigil.Tracking;
using Vigil.Tracking.Imm;

namespace Vigil.Cli.Bench;

/// <summary>
/// Runs Vigil's tracker over a benchmark scenario: Cartesian 2-D detections become measurements in a
/// local frame centred on the scenario's square (height fixed at 0 with 1 m σ), one pseudo-sensor
/// covers the square with the scenario's nominal pd, clutter rate and scan interval, and the motion
/// model uses its q. After each scan every confirmed track is reported at the scan's time.
/// </summary>
internal sealed class BenchTracker
{
    private static readonly GeoPoint Origin = new(34.0, 71.5, 0);

    /// <summary>
    /// Tracks missed this many scans in a row are kept but not reported: with P_D = 0.9 two misses
    /// in a row (1 %) are about as likely as the target having died (lifetimes of ~150 scans), and a
    /// wrong report costs the same either way.
    /// </summary>
    private const int ReportMaxMisses = 2;

    private readonly BenchParams _p;
    private readonly bool _imm;
    private readonly bool _score;

    /// <summary>
    /// A tracker for the scenario's parameters; <paramref name="imm"/> selects the IMM filter,
    /// <paramref name="score"/> confirmation and deletion by track score (else M-of-N and miss counts).
    /// </summary>
    public BenchTracker(BenchParams p, bool imm = false, bool score = true)
    {
        _p = p;
        _imm = imm;
        _score = score;
    }

    /// <summary>The tracker options for the scenario's nominal parameters.</summary>
    public TrackerOptions Options => new()
    {
        HorizontalProcessNoise = _p.Q,
        VerticalProcessNoise = 1e-6,
        InitialHorizontalSpeedSigma = 30,
        InitialVerticalSpeedSigma = 0.01,
        ClutterLayerHeightM = 1,
        Imm = _imm ? new ImmOptions() : null,
        TrackScore = _score ? new TrackScoreOptions() : null,
    };

    /// <summary>
    /// Tracks every scan, writing the track rows as CSV to <paramref name="output"/>; returns the
    /// tracker loop's own time. A throwaway tracker first runs the first <see cref="WarmUpScans"/>
    /// scans untimed, so the time is the loop's steady work, not the one-off compilation of its code.
    /// Rows are formatted into a reused buffer, so nothing the loop does outside the tracker allocates
    /// per scan and no collection lands inside the timed part.
    /// </summary>
    public (TimeSpan TrackingTime, int Detections, int Tracks) Run(IReadOnlyList<BenchScan> scans, TextWriter output)
    {
        Track(scans.Take(WarmUpScans).ToList(), TextWriter.Null);
        output.Write("scan,time_s,track_id,x,y,vx,vy\n");
        return Track(scans, output);
    }

    /// <summary>Scans tracked untimed before the timed run.</summary>
    public const int WarmUpScans = 20;

    private (TimeSpan Elapsed, int Detections, int Tracks) Track(IReadOnlyList<BenchScan> scans, TextWriter output)
    {
        double half = _p.Area / 2;
        var site = new RadarSite
        {
            Id = new SensorId("bench"),
            Position = Origin,
            MaxRangeM = half * Math.Sqrt(2) * 1.01,
            RangeSigmaM = _p.Sigma,
            AzimuthSigmaDeg = 0.1,
            ProbabilityOfDetection = _p.Pd,
            FalseAlarmsPerScan = _p.ClutterRate,
            ScanPeriod = TimeSpan.FromSeconds(_p.Dt),
        };
        var tracker = new Tracker(new LocalFrame(Origin), [site], Options);
        var updates = new List<TrackUpdate>();
        var measurements = new List<Measurement>();
        DateTimeOffset t0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        double sigma2 = _p.Sigma * _p.Sigma;
        var elapsed = TimeSpan.Zero;
        int detections = 0;
        var reported = new HashSet<int>();
        Span<char> row = stackalloc char[160];

        foreach (BenchScan scan in scans)
        {
            DateTimeOffset at = t0 + TimeSpan.FromSeconds(scan.TimeS);
            measurements.Clear();
            for (int i = 0; i < scan.X.Length; i++)
            {
                Measurement m = default;
                m.Position = Vector3.Of(scan.X[i] - half, scan.Y[i] - half, 0);
                m.Covariance = Matrix3.Diagonal(sigma2, sigma2, 1);
                m.At = at;
                m.RcsDbsm = double.NaN;
                measurements.Add(m);
            }

            long start = Stopwatch.GetTimestamp();
            updates.Clear();
            tracker.Process(0, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(measurements), updates);
            tracker.EndScan(site.Id, at.AddSeconds(-_p.Dt / 2), at.AddSeconds(_p.Dt / 2), updates);
            elapsed += Stopwatch.GetElapsedTime(start);
            detections += scan.X.Length;

            foreach (Track track in tracker.Tracks)
            {
                if (track.Status != TrackStatus.Confirmed || track.ConsecutiveMisses >= ReportMaxMisses)
                {
                    continue;
                }

                reported.Add(track.Id.Value);
                ref readonly GaussianState s = ref track.State;
                double dt = (at - s.At).TotalSeconds;
                row.TryWrite(CultureInfo.InvariantCulture,
                    $"{scan.Scan},{scan.TimeS:F3},{track.Id.Value},{s.Mean[0] + (dt * s.Mean[3]) + half:F3},{s.Mean[1] + (dt * s.Mean[4]) + half:F3},{s.Mean[3]:F4},{s.Mean[4]:F4}\n", out int length);
                output.Write(row[..length]);
            }
        }

        return (elapsed, detections, reported.Count);
    }
}
