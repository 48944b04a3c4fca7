using Vigil.Core;
using Vigil.Tracking.Classification;
using Vigil.Tracking.Imm;

namespace Vigil.Tracking;

/// <summary>
/// One track: its state estimate and the bookkeeping of its hits and misses. The tracker recycles
/// the objects of deleted tracks for new ones, so hold a track's <see cref="Id"/>, not the object,
/// beyond its deletion.
/// </summary>
public sealed class Track
{
    private readonly DateTimeOffset[] _lastHitBySensor;
    private GaussianState _state;

    internal Track(int sensors) => _lastHitBySensor = new DateTimeOffset[sensors];

    /// <summary>The track's id.</summary>
    public TrackId Id { get; private set; }

    /// <summary>Its status.</summary>
    public TrackStatus Status { get; internal set; }

    /// <summary>The current state estimate.</summary>
    public ref readonly GaussianState State => ref _state;

    /// <summary>When the track was started.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Time of the last measurement it took.</summary>
    public DateTimeOffset LastHitAt { get; private set; }

    /// <summary>Measurements taken.</summary>
    public int Hits { get; private set; }

    /// <summary>Scans since the last hit in which a sensor covering the track missed it.</summary>
    public int ConsecutiveMisses { get; private set; }

    /// <summary>The last <see cref="HistoryLength"/> hit (1) and miss (0) events, newest in bit 0.</summary>
    public uint History { get; private set; }

    /// <summary>How many events <see cref="History"/> holds.</summary>
    public int HistoryLength { get; private set; }

    /// <summary>The log-likelihood ratio track score (used when the tracker confirms by score).</summary>
    public double Score { get; private set; }

    /// <summary>The highest <see cref="Score"/> so far.</summary>
    public double PeakScore { get; private set; }

    /// <summary>The per-model states when the tracker runs an IMM filter, else null.</summary>
    public ImmModes? Modes { get; internal set; }

    /// <summary>Class evidence and probabilities.</summary>
    public ClassEvidence Evidence { get; } = new();

    /// <summary>Makes this object a new tentative track with no hits yet.</summary>
    internal void Start(TrackId id, in GaussianState state)
    {
        Id = id;
        Status = TrackStatus.Tentative;
        _state = state;
        CreatedAt = state.At;
        LastHitAt = state.At;
        Array.Clear(_lastHitBySensor);
        Hits = 0;
        ConsecutiveMisses = 0;
        History = 0;
        HistoryLength = 0;
        Evidence.Clear();
        Score = PeakScore = 0;
    }

    /// <summary>Adds a log-likelihood ratio increment to the score.</summary>
    internal void AddScore(double increment)
    {
        Score += increment;
        PeakScore = Math.Max(PeakScore, Score);
    }

    /// <summary>Sets the score of a new track.</summary>
    internal void SetScore(double score) => Score = PeakScore = score;

    internal void Hit(in GaussianState posterior, int sensor)
    {
        _state = posterior;
        LastHitAt = posterior.At > LastHitAt ? posterior.At : LastHitAt;
        _lastHitBySensor[sensor] = posterior.At;
        Hits++;
        ConsecutiveMisses = 0;
        Push(1);
    }

    internal void Miss()
    {
        ConsecutiveMisses++;
        Push(0);
    }

    internal DateTimeOffset LastHitBy(int sensor) => _lastHitBySensor[sensor];

    private void Push(uint bit)
    {
        History = (History << 1) | bit;
        HistoryLength = Math.Min(HistoryLength + 1, 32);
    }
}
