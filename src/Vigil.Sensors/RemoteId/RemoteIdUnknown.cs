namespace Vigil.Sensors.RemoteId;

/// <summary>
/// The values F3411-22a uses for "invalid, no value or unknown" (as opendroneid-core-c's INV_ constants).
/// A decoded message reports these values as they are; the <c>Is...Known</c> members of the messages test for them.
/// </summary>
public static class RemoteIdUnknown
{
    /// <summary>Unknown pressure or geodetic altitude, height, area ceiling or floor: -1000 m (encoded 0).</summary>
    public const double AltitudeM = -1000;

    /// <summary>Unknown track direction: 361 degrees.</summary>
    public const double TrackDeg = 361;

    /// <summary>Unknown horizontal speed: 255 m/s.</summary>
    public const double SpeedMps = 255;

    /// <summary>Unknown vertical speed: 63 m/s.</summary>
    public const double VerticalSpeedMps = 63;

    /// <summary>Unknown Location timestamp: 0xFFFF tenths of a second.</summary>
    public const ushort TimestampTenths = 0xFFFF;
}
