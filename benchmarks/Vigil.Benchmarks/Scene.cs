using Vigil.Core;
using Vigil.Geo;
using Vigil.Tracking;

namespace Vigil.Benchmarks;

/// <summary>
/// An endless benchmark-like scene for steady-state measurements: targets fly circles (radius
/// 3–12 km, 8–30 m/s) that stay inside a 50 km square, seen once a second with P_D 0.9, 50 m noise
/// and Poisson-free uniform clutter (a fixed count per scan). Each call fills the next scan's
/// measurements into a reused buffer, so producing a scan allocates nothing.
/// </summary>
public sealed class Scene
{
    public const double Area = 50_000;
    public const double Sigma = 50;
    private readonly double[] _cx, _cy, _r, _omega, _phase;
    private readonly int _clutter;
    private readonly Measurement[] _buffer;
    private ulong _rng = 0x9E3779B97F4A7C15;
    private int _scan;

    public Scene(int targets, int clutterPerScan)
    {
        _cx = new double[targets];
        _cy = new double[targets];
        _r = new double[targets];
        _omega = new double[targets];
        _phase = new double[targets];
        for (int i = 0; i < targets; i++)
        {
            _r[i] = 3_000 + (9_000 * Uniform());
            _cx[i] = _r[i] + ((Area - (2 * _r[i])) * Uniform()) - (Area / 2);
            _cy[i] = _r[i] + ((Area - (2 * _r[i])) * Uniform()) - (Area / 2);
            double speed = 8 + (22 * Uniform());
            _omega[i] = (Uniform() < 0.5 ? -1 : 1) * speed / _r[i];
            _phase[i] = 2 * Math.PI * Uniform();
        }

        _clutter = clutterPerScan;
        _buffer = new Measurement[targets + clutterPerScan];
    }

    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly RadarSite Site = new()
    {
        Id = new SensorId("bench"),
        Position = new GeoPoint(34.0, 71.5, 0),
        MaxRangeM = Area,
        RangeSigmaM = Sigma,
        AzimuthSigmaDeg = 0.1,
        ProbabilityOfDetection = 0.9,
        FalseAlarmsPerScan = 50,
        ScanPeriod = TimeSpan.FromSeconds(1),
    };

    public DateTimeOffset Time => Start.AddSeconds(_scan);

    /// <summary>The next scan's measurements (valid until the next call).</summary>
    public ReadOnlySpan<Measurement> Next()
    {
        _scan++;
        double t = _scan;
        DateTimeOffset at = Time;
        int n = 0;
        for (int i = 0; i < _cx.Length; i++)
        {
            if (Uniform() < 0.9)
            {
                double a = _phase[i] + (_omega[i] * t);
                _buffer[n++] = At(_cx[i] + (_r[i] * Math.Cos(a)) + (Sigma * Gaussian()), _cy[i] + (_r[i] * Math.Sin(a)) + (Sigma * Gaussian()), at);
            }
        }

        for (int c = 0; c < _clutter; c++)
        {
            _buffer[n++] = At((Uniform() - 0.5) * Area, (Uniform() - 0.5) * Area, at);
        }

        return _buffer.AsSpan(0, n);
    }

    /// <summary>A fresh tracker for the scene with the benchmark's nominal parameters, as <c>vigil track --format bench-csv</c> configures it.</summary>
    public static Tracker NewTracker() => new(new LocalFrame(Site.Position), [Site], new TrackerOptions
    {
        HorizontalProcessNoise = 0.25,
        VerticalProcessNoise = 1e-6,
        InitialHorizontalSpeedSigma = 30,
        InitialVerticalSpeedSigma = 0.01,
        ClutterLayerHeightM = 1,
        TrackScore = new TrackScoreOptions(),
    });

    public static Measurement At(double x, double y, DateTimeOffset at)
    {
        Measurement m = default;
        m.Position[0] = x;
        m.Position[1] = y;
        m.Covariance[0] = Sigma * Sigma;
        m.Covariance[4] = Sigma * Sigma;
        m.Covariance[8] = 1;
        m.At = at;
        m.RcsDbsm = double.NaN;
        return m;
    }

    // splitmix64: a tiny allocation-free generator; quality is ample for a benchmark scene.
    private double Uniform()
    {
        ulong z = _rng += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return ((z ^ (z >> 31)) >> 11) * (1.0 / (1UL << 53));
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - Uniform())) * Math.Cos(2 * Math.PI * Uniform());
}
