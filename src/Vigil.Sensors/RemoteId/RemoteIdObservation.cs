using Vigil.Core;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// What one sender's Remote ID says at the moment of a Location message: the aircraft's identity and
/// operator (from the latest Basic ID, Operator ID, Self-ID and System messages of the same sender),
/// its position and motion, and the operator's location. Values the aircraft reported as unknown are null.
/// </summary>
public sealed record RemoteIdObservation
{
    /// <summary>The transmitter MAC or Bluetooth advertiser address.</summary>
    public required SenderAddress Sender { get; init; }

    /// <summary>The broadcast the Location came in.</summary>
    public required RemoteIdTransport Transport { get; init; }

    /// <summary>The main identity: the serial number when one was sent, else the latest Basic ID; null before any Basic ID.</summary>
    public UasIdentity? Identity { get; init; }

    /// <summary>Every identity the sender broadcast, one per ID type (an aircraft may send a serial number and a registration).</summary>
    public IReadOnlyList<UasIdentity> Identities { get; init; } = [];

    /// <summary>The operator ID, or null before any Operator ID message.</summary>
    public string? OperatorId { get; init; }

    /// <summary>The Self-ID text, or null before any Self-ID message.</summary>
    public string? Description { get; init; }

    /// <summary>Operational status.</summary>
    public OperationalStatus Status { get; init; }

    /// <summary>
    /// Latitude and longitude, with the geodetic altitude as its height (0 when that is unknown); null
    /// when the aircraft sent the unknown position (0°, 0°).
    /// </summary>
    public GeoPoint? Position { get; init; }

    /// <summary>Height above the WGS84 ellipsoid in metres, or null when unknown.</summary>
    public double? GeodeticAltitudeM { get; init; }

    /// <summary>Pressure altitude in metres, or null when unknown.</summary>
    public double? PressureAltitudeM { get; init; }

    /// <summary>Height above <see cref="HeightReference"/> in metres, or null when unknown.</summary>
    public double? HeightM { get; init; }

    /// <summary>What <see cref="HeightM"/> is measured from.</summary>
    public HeightReference HeightReference { get; init; }

    /// <summary>Ground speed in m/s, or null when unknown.</summary>
    public double? SpeedMps { get; init; }

    /// <summary>Track over ground in degrees clockwise from true north, or null when unknown.</summary>
    public double? TrackDeg { get; init; }

    /// <summary>Vertical speed in m/s, up positive, or null when unknown.</summary>
    public double? VerticalSpeedMps { get; init; }

    /// <summary>Horizontal position accuracy (95 %) in metres, or null when unknown.</summary>
    public double? HorizontalAccuracyM { get; init; }

    /// <summary>Geodetic altitude accuracy (95 %) in metres, or null when unknown.</summary>
    public double? VerticalAccuracyM { get; init; }

    /// <summary>Speed accuracy (95 %) in m/s, or null when unknown.</summary>
    public double? SpeedAccuracyMps { get; init; }

    /// <summary>When the position was measured (UTC): the message's time after the hour, placed in the hour of receipt; the receipt time when the message has none.</summary>
    public required DateTimeOffset MeasuredAt { get; init; }

    /// <summary>When the Location message was received (UTC).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The operator's location (from the System message), its height the operator's geodetic altitude or 0 when unknown; null when not known.</summary>
    public GeoPoint? OperatorPosition { get; init; }

    /// <summary>The operator's geodetic altitude in metres, or null when unknown.</summary>
    public double? OperatorAltitudeM { get; init; }

    /// <summary>Where the operator location comes from, or null before any System message.</summary>
    public OperatorLocationType? OperatorLocationType { get; init; }
}
