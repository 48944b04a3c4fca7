using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Tracking;

/// <summary>
/// What the tracker says about one track after a batch or a scan. The tracker fills it with the
/// position in its own frame; the geodetic <see cref="Position"/> is worked out when first read, so
/// a consumer that never reads it pays nothing for the conversion.
/// </summary>
public readonly record struct TrackUpdate
{
    private readonly GeoPoint _position;
    private readonly LocalFrame? _frame;
    private readonly Enu _local;

    /// <summary>An update at a known geodetic position.</summary>
    /// <param name="id">The track.</param>
    /// <param name="at">Time of the state reported.</param>
    /// <param name="status">Tentative, confirmed, or deleted (the last update of the track).</param>
    /// <param name="position">Filtered position (height above the ellipsoid).</param>
    /// <param name="velocity">Filtered velocity in the tracker's ENU frame, m/s.</param>
    /// <param name="classification">Class probabilities.</param>
    /// <param name="detected">True when a measurement updated the track; false for a miss.</param>
    /// <param name="hits">Measurements the track has taken so far.</param>
    public TrackUpdate(TrackId id, DateTimeOffset at, TrackStatus status, GeoPoint position, Enu velocity,
        ClassProbabilities classification, bool detected, int hits)
    {
        Id = id;
        At = at;
        Status = status;
        _position = position;
        Velocity = velocity;
        Classification = classification;
        Detected = detected;
        Hits = hits;
    }

    /// <summary>An update at a position in a tracker's local frame.</summary>
    internal TrackUpdate(TrackId id, DateTimeOffset at, TrackStatus status, LocalFrame frame, Enu position, Enu velocity,
        ClassProbabilities classification, bool detected, int hits)
        : this(id, at, status, default, velocity, classification, detected, hits)
    {
        _frame = frame;
        _local = position;
    }

    /// <summary>The track.</summary>
    public TrackId Id { get; init; }

    /// <summary>Time of the state reported.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>Tentative, confirmed, or deleted (the last update of the track).</summary>
    public TrackStatus Status { get; init; }

    /// <summary>Filtered position (height above the ellipsoid).</summary>
    public GeoPoint Position => _frame is null ? _position : _frame.ToGeodetic(_local);

    /// <summary>Filtered velocity in the tracker's ENU frame, m/s.</summary>
    public Enu Velocity { get; init; }

    /// <summary>Class probabilities.</summary>
    public ClassProbabilities Classification { get; init; }

    /// <summary>True when a measurement updated the track; false for a miss (the state is unchanged).</summary>
    public bool Detected { get; init; }

    /// <summary>Measurements the track has taken so far.</summary>
    public int Hits { get; init; }
}
