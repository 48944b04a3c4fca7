using Vigil.Core;
using Vigil.Tracking;

namespace Vigil.Server.Live;

/// <summary>
/// The state of one track in the live picture, as a source reports it and the API shows it. A value
/// type, so sources fill and hand over updates without allocating.
/// </summary>
public readonly record struct LiveTrack
{
    /// <summary>The probability a class needs to be named; below it the track is <see cref="LiveClass.Unknown"/>.</summary>
    public const double KnownFrom = 0.5;

    /// <summary>The track.</summary>
    public required TrackId Id { get; init; }

    /// <summary>Time of the state (UTC): the scenario's time for a replay, the server's clock for live sources.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Position; height above the ellipsoid.</summary>
    public required GeoPoint Position { get; init; }

    /// <summary>Horizontal speed over the ground, m/s.</summary>
    public double SpeedMps { get; init; }

    /// <summary>Direction of travel, degrees clockwise from north, in [0, 360).</summary>
    public double HeadingDeg { get; init; }

    /// <summary>What the track most likely is.</summary>
    public LiveClass Class { get; init; }

    /// <summary>The probability of the most likely class, in [0, 1] (also when <see cref="Class"/> is unknown).</summary>
    public double Probability { get; init; }

    /// <summary>Tentative or confirmed; a deleted track is removed from the picture instead.</summary>
    public TrackStatus Status { get; init; }

    /// <summary>The district (or province) the track is over, or null outside every known area.</summary>
    public string? Sector { get; init; }

    /// <summary>Whether an alert has been raised on the track.</summary>
    public bool Alerted { get; init; }

    /// <summary>The UAS ID the drone broadcast, once Remote ID identified the track; else null.</summary>
    public string? UasId { get; init; }

    /// <summary>The picture's class for a track whose most likely class is <paramref name="mostLikely"/> with <paramref name="probability"/>.</summary>
    public static LiveClass Classify(ObjectClass mostLikely, double probability) =>
        probability < KnownFrom ? LiveClass.Unknown : mostLikely switch
        {
            ObjectClass.Drone => LiveClass.Drone,
            ObjectClass.Bird => LiveClass.Bird,
            ObjectClass.Aircraft => LiveClass.Aircraft,
            _ => LiveClass.Unknown,
        };
}
