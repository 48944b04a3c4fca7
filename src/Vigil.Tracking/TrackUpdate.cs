using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Tracking;

/// <summary>What the tracker says about one track after a batch or a scan.</summary>
/// <param name="Id">The track.</param>
/// <param name="At">Time of the state reported.</param>
/// <param name="Status">Tentative, confirmed, or deleted (the last update of the track).</param>
/// <param name="Position">Filtered position (height above the ellipsoid).</param>
/// <param name="Velocity">Filtered velocity in the tracker's ENU frame, m/s.</param>
/// <param name="Classification">Class probabilities.</param>
/// <param name="Detected">True when a measurement updated the track; false for a miss (the state is unchanged).</param>
/// <param name="Hits">Measurements the track has taken so far.</param>
public readonly record struct TrackUpdate(
    TrackId Id,
    DateTimeOffset At,
    TrackStatus Status,
    GeoPoint Position,
    Enu Velocity,
    ClassProbabilities Classification,
    bool Detected,
    int Hits);
