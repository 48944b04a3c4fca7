using System.Numerics;
using System.Runtime.InteropServices;
using Vigil.Core;
using Vigil.Geo;
using Vigil.Tracking.Associators;
using Vigil.Tracking.Classification;
using Vigil.Tracking.Deleters;
using Vigil.Tracking.Hypothesisers;
using Vigil.Tracking.Imm;
using Vigil.Tracking.Initiators;
using Vigil.Tracking.Predictors;
using Vigil.Tracking.Updaters;

namespace Vigil.Tracking;

/// <summary>
/// The multi-sensor tracker of one sector: a short loop over the roles (as in Stone Soup's
/// <c>MultiTargetTracker</c>): for each batch of plots from one sensor, the hypothesiser gates and
/// scores every (track, plot) pair, the associator picks the best joint assignment, the updater
/// refines the chosen tracks, the initiator starts tentative tracks from plots no track could have
/// made, and M-of-N (or the track score) confirms them. At the end of each antenna scan, <see cref="EndScan"/> records a
/// miss for every track the sensor covered but did not see, and the deleter removes lost tracks.
/// Plots in a batch may carry different times (a rotating antenna stamps each plot when the beam
/// passes it): each track is predicted to each plot's own time. Not thread-safe: one per sector.
/// </summary>
public sealed class Tracker
{
    private readonly LocalFrame _frame;
    private readonly TrackerOptions _options;
    private readonly MeasurementConverter _converter;
    private readonly IPredictor _predictor;
    private readonly IUpdater _updater;
    private readonly IHypothesiser _hypothesiser;
    private readonly IAssociator _associator;
    private readonly IInitiator _initiator;
    private readonly IDeleter _deleter;
    private readonly ImmEstimator? _imm;
    private readonly double[] _clutterDensity;
    private readonly double[] _missScore;
    private readonly double _noiseTrace;

    /// <summary>1.1 × the gate: with (a + b)² ≤ 1.1 a² + 11 b², the pre-gate's reach a + b needs no square root.</summary>
    private readonly double _wideGate;
    private readonly ClassTerms _classTerms;
    private readonly Enu[] _sensorPositions;
    private readonly List<Track> _tracks = [];
    private readonly Stack<Track> _recycled = new();
    private readonly List<Measurement> _measurements = [];
    private readonly MeasurementGrid _grid = new(cellSizeM: 500);
    private readonly AssociationScratch _scratch = new();
    private GaussianState[] _predictions = new GaussianState[64];
    private int _nextId = 1;

    /// <summary>Creates a tracker with the standard roles built from <paramref name="options"/>.</summary>
    public Tracker(LocalFrame frame, IReadOnlyList<RadarSite> sensors, TrackerOptions options)
        : this(frame, sensors, options, Roles.From(options))
    {
    }

    /// <summary>Creates a tracker from explicit roles, to swap one (say, the associator) for another.</summary>
    public Tracker(LocalFrame frame, IReadOnlyList<RadarSite> sensors, TrackerOptions options, Roles roles)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(sensors);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(roles);
        _frame = frame;
        _options = options;
        _converter = new MeasurementConverter(frame, sensors);
        (_predictor, _updater, _hypothesiser, _associator, _initiator, _deleter, _imm) = roles;
        _classTerms = new ClassTerms(options.Classifier);
        _clutterDensity = new double[sensors.Count];

        // tr Q of the position block per |Δt|³: (2 q_h + q_v) / 3, with the largest q of any motion model.
        double qh = Math.Max(options.HorizontalProcessNoise, options.Imm?.TurnProcessNoise ?? 0);
        _noiseTrace = ((2 * qh) + options.VerticalProcessNoise) / 3;
        _wideGate = 1.1 * options.Gate;
        _missScore = new double[sensors.Count];
        _sensorPositions = new Enu[sensors.Count];
        for (int i = 0; i < sensors.Count; i++)
        {
            RadarSite s = sensors[i];
            double area = Math.PI * s.MaxRangeM * s.MaxRangeM;
            _clutterDensity[i] = Math.Max(s.FalseAlarmsPerScan, 0.01) / (area * options.ClutterLayerHeightM);
            _sensorPositions[i] = _converter.SensorPosition(i);
            _missScore[i] = Math.Log(Math.Max(1 - s.ProbabilityOfDetection, 1e-6));
        }
    }

    /// <summary>The live tracks (tentative and confirmed).</summary>
    public IReadOnlyCollection<Track> Tracks => _tracks;

    /// <summary>Plots ignored because their sensor is not one of this tracker's.</summary>
    public long UnknownSensorPlots { get; private set; }

    /// <summary>
    /// Processes plots of one sensor, sorted by measurement time, and appends one update for every
    /// track that took a plot (new tracks included).
    /// </summary>
    public void Process(ReadOnlySpan<Detection> batch, List<TrackUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (batch.IsEmpty)
        {
            return;
        }

        int sensor = _converter.IndexOf(batch[0].Sensor);
        if (sensor < 0)
        {
            UnknownSensorPlots += batch.Length;
            return;
        }

        _measurements.Clear();
        foreach (ref readonly Detection d in batch)
        {
            if (d.Sensor != batch[0].Sensor)
            {
                throw new ArgumentException("A batch must hold plots of one sensor.", nameof(batch));
            }

            _measurements.Add(_converter.Convert(d, sensor));
        }

        Associate(sensor, CollectionsMarshal.AsSpan(_measurements), updates);
    }

    /// <summary>
    /// Processes measurements already in the tracker's frame (for a sensor that reports Cartesian
    /// positions), all of sensor <paramref name="sensor"/> (an index into the sensor list).
    /// </summary>
    public void Process(int sensor, ReadOnlySpan<Measurement> batch, List<TrackUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentOutOfRangeException.ThrowIfNegative(sensor);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sensor, _converter.Sensors.Count);
        if (!batch.IsEmpty)
        {
            Associate(sensor, batch, updates);
        }
    }

    private void Associate(int sensor, ReadOnlySpan<Measurement> measurements, List<TrackUpdate> updates)
    {
        int n = _tracks.Count, m = measurements.Length;
        double pd = _converter.Sensors[sensor].ProbabilityOfDetection;
        double lambda = _clutterDensity[sensor];
        double miss = pd < 1 ? -Math.Log(1 - pd) : 50;
        _scratch.Reset(n, m);
        _grid.Build(measurements);
        if (_predictions.Length < n)
        {
            _predictions = new GaussianState[Math.Max(n, 2 * _predictions.Length)];
        }

        // Gate: each track against the plots in the grid cells within its reach.
        for (int i = 0; i < n; i++)
        {
            Track track = _tracks[i];
            ref readonly GaussianState x = ref track.State;
            double dt = (measurements[0].At - x.At).TotalSeconds;
            double span = Math.Max(Math.Abs(dt), Math.Abs((measurements[m - 1].At - x.At).TotalSeconds));
            double drift = Math.Sqrt((x.Mean[3] * x.Mean[3]) + (x.Mean[4] * x.Mean[4])) * (measurements[m - 1].At - measurements[0].At).TotalSeconds;
            double reach = Math.Sqrt(_wideGate * Spread(x, span, _grid.MaxMeasurementVariance, bound: true)) + SlackReach + drift;
            double cx = x.Mean[0] + (dt * x.Mean[3]), cy = x.Mean[1] + (dt * x.Mean[4]);
            var cells = _grid.Cells(cx - reach, cy - reach, cx + reach, cy + reach);
            ref GaussianState prediction = ref _predictions[i];
            prediction.At = DateTimeOffset.MinValue;
            double tx = (x.At - _grid.Epoch).TotalSeconds;
            for (int gy = cells.Y0; gy <= cells.Y1; gy++)
            {
                (int from, int to) = _grid.Run(gy, cells.X0, cells.X1);
                for (int k = from; k < to; k++)
                {
                    if (!Near(x, tx, k))
                    {
                        continue;
                    }

                    int j = _grid.Index[k];
                    ref readonly Measurement z = ref measurements[j];
                    if (z.At != prediction.At)
                    {
                        if (_imm is null)
                        {
                            _predictor.Predict(x, z.At, out prediction);
                        }
                        else
                        {
                            _imm.Predict(track.Modes!, z.At, out prediction);
                        }
                    }

                    Hypothesis h = _hypothesiser.Hypothesise(prediction, z, pd, lambda);
                    if (h.InGate)
                    {
                        _scratch.AddEdge(i, j, h.Cost);
                    }
                }
            }
        }

        // Solve each cluster of tracks and plots linked by gated pairs on its own.
        _scratch.Cluster();
        for (int c = 0; c < _scratch.ClusterCount; c++)
        {
            ReadOnlySpan<int> tracks = _scratch.ClusterTracks(c);
            ReadOnlySpan<int> plots = _scratch.ClusterPlots(c);
            Span<double> pairCost = _scratch.CostMatrix(c);
            Span<double> missCost = _scratch.MissCosts(tracks.Length, miss);
            Span<int> assignment = _scratch.Assignment(tracks.Length);
            _associator.Associate(pairCost, missCost, tracks.Length, plots.Length, assignment);
            for (int t = 0; t < tracks.Length; t++)
            {
                if (assignment[t] >= 0)
                {
                    Update(tracks[t], measurements[plots[assignment[t]]], sensor, pairCost[(t * plots.Length) + assignment[t]], updates);
                }
            }
        }

        for (int j = 0; j < m; j++)
        {
            if (!_scratch.Gated(j))
            {
                Start(measurements[j], sensor, updates);
            }
        }
    }

    /// <summary>
    /// Closes a scan of <paramref name="sensor"/> that swept its whole coverage over [from, to): every
    /// track it covered that took none of its plots in that interval counts a miss; lost tracks are
    /// deleted. Appends an update for each miss and each deletion.
    /// </summary>
    public void EndScan(SensorId sensor, DateTimeOffset from, DateTimeOffset to, List<TrackUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        int s = _converter.IndexOf(sensor);
        int kept = 0;
        for (int i = 0; i < _tracks.Count; i++)
        {
            Track track = _tracks[i];
            if (s >= 0 && track.CreatedAt < from && track.LastHitBy(s) < from && Covers(s, track, to))
            {
                track.Miss();
                track.AddScore(_missScore[s]);
                updates.Add(ToUpdate(track, detected: false));
            }

            if (_deleter.ShouldDelete(track, to))
            {
                track.Status = TrackStatus.Deleted;
                updates.Add(ToUpdate(track, detected: false));
                _recycled.Push(track);
            }
            else
            {
                _tracks[kept++] = track;
            }
        }

        _tracks.RemoveRange(kept, _tracks.Count - kept);
    }

    private bool Covers(int sensor, Track track, DateTimeOffset at)
    {
        ref readonly GaussianState x = ref track.State;
        double dt = (at - x.At).TotalSeconds;
        Enu p = _sensorPositions[sensor];
        double de = x.Mean[0] + (dt * x.Mean[3]) - p.East;
        double dn = x.Mean[1] + (dt * x.Mean[4]) - p.North;
        double du = x.Mean[2] + (dt * x.Mean[5]) - p.Up;
        double max = _converter.Sensors[sensor].MaxRangeM;
        return (de * de) + (dn * dn) + (du * du) <= max * max;
    }

    /// <summary>
    /// Slack on the gate's reach, metres: covers what the trace bound leaves out (an IMM turn model's
    /// prediction departing from the straight extrapolation, rounding).
    /// </summary>
    private const double Slack = 50;

    /// <summary>√11 · <see cref="Slack"/> (see <see cref="_wideGate"/>).</summary>
    private static readonly double SlackReach = Math.Sqrt(11) * Slack;

    /// <summary>
    /// The trace of the innovation covariance S of a track predicted by <paramref name="dt"/> against a
    /// plot of covariance trace <paramref name="measurementVariance"/>: tr A + 2Δt tr B + Δt² tr C +
    /// tr Q + tr R for the position/velocity blocks [[A, B], [Bᵀ, C]] of the state covariance (the trace
    /// is linear). With <paramref name="bound"/>, an upper bound for every |Δt′| ≤ |Δt|. Since
    /// νᵀ S⁻¹ ν ≥ |ν|² / tr S, a plot farther than √(gate · tr S) lies outside the gate.
    /// </summary>
    private double Spread(in GaussianState x, double dt, double measurementVariance, bool bound)
    {
        double crossTrace = x.Covariance[3] + x.Covariance[10] + x.Covariance[17];
        double adt = Math.Abs(dt);
        return x.Covariance[0] + x.Covariance[7] + x.Covariance[14]
            + (2 * (bound ? adt * Math.Abs(crossTrace) : dt * crossTrace))
            + (dt * dt * (x.Covariance[21] + x.Covariance[28] + x.Covariance[35]))
            + (_noiseTrace * adt * adt * adt)
            + measurementVariance;
    }

    /// <summary>
    /// The pre-gate: the plot at the grid's sorted position <paramref name="k"/> lies within
    /// √(gate · tr S) + slack of the track's extrapolated position; <paramref name="tx"/> is the track's
    /// time in the grid's seconds.
    /// </summary>
    private bool Near(in GaussianState x, double tx, int k)
    {
        double dt = _grid.Time[k] - tx;
        double spread = Spread(x, dt, _grid.Variance[k], bound: false);
        double de = x.Mean[0] + (dt * x.Mean[3]) - _grid.East[k];
        double dn = x.Mean[1] + (dt * x.Mean[4]) - _grid.North[k];
        double du = x.Mean[2] + (dt * x.Mean[5]) - _grid.Up[k];
        return (de * de) + (dn * dn) + (du * du) <= (_wideGate * spread) + (11 * Slack * Slack);
    }

    /// <summary>Updates track <paramref name="index"/> with the plot it took, reusing its gating prediction when the times agree.</summary>
    private void Update(int index, in Measurement measurement, int sensor, double cost, List<TrackUpdate> updates)
    {
        Track track = _tracks[index];
        ref GaussianState predicted = ref _predictions[index];
        GaussianState posterior;
        if (_imm is not null)
        {
            if (!_imm.TryUpdate(track.Modes!, measurement, out posterior))
            {
                return;
            }
        }
        else
        {
            if (predicted.At != measurement.At)
            {
                _predictor.Predict(track.State, measurement.At, out predicted);
            }

            if (!_updater.TryUpdate(predicted, measurement, out posterior))
            {
                return;
            }
        }

        track.Hit(posterior, sensor);
        track.AddScore(-cost);
        Classify(track, measurement);
        bool confirm = _options.TrackScore is { } score
            ? track.Score >= score.ConfirmThreshold
            : BitOperations.PopCount(track.History & WindowMask) >= _options.ConfirmHits;
        if (track.Status == TrackStatus.Tentative && confirm)
        {
            track.Status = TrackStatus.Confirmed;
        }

        updates.Add(ToUpdate(track, detected: true));
    }

    private uint WindowMask => _options.ConfirmWindow >= 32 ? uint.MaxValue : (1u << _options.ConfirmWindow) - 1;

    private void Start(in Measurement measurement, int sensor, List<TrackUpdate> updates)
    {
        Track track = _recycled.Count > 0 ? _recycled.Pop() : new Track(_converter.Sensors.Count);
        track.Start(new TrackId(_nextId++), _initiator.Initiate(measurement));
        track.SetScore(_options.TrackScore?.InitialScore ?? 0);
        if (_imm is not null)
        {
            track.Modes ??= _imm.NewModes();
            _imm.Start(track.Modes, track.State);
        }
        track.Hit(track.State, sensor);
        Classify(track, measurement);
        _tracks.Add(track);
        updates.Add(ToUpdate(track, detected: true));
    }

    private void Classify(Track track, in Measurement measurement)
    {
        ref readonly GaussianState x = ref track.State;
        double speed = Math.Sqrt((x.Mean[3] * x.Mean[3]) + (x.Mean[4] * x.Mean[4]));
        double altitude = _frame.ApproximateHeight(new Enu(x.Mean[0], x.Mean[1], x.Mean[2]));
        track.Evidence.Update(measurement.RcsDbsm, speed, altitude, track.Hits, _classTerms);
    }

    private TrackUpdate ToUpdate(Track track, bool detected)
    {
        ref readonly GaussianState x = ref track.State;
        return new TrackUpdate(track.Id, x.At, track.Status, _frame, new Enu(x.Mean[0], x.Mean[1], x.Mean[2]),
            new Enu(x.Mean[3], x.Mean[4], x.Mean[5]), track.Evidence.Probabilities, detected, track.Hits);
    }
}
