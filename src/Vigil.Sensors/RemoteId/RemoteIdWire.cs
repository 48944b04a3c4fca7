namespace Vigil.Sensors.RemoteId;

/// <summary>
/// The field encodings of F3411-22a section 5.4.5 (as implemented by opendroneid-core-c's
/// encode/decode helpers): raw wire values to SI values and back, rounding to the nearest step.
/// </summary>
internal static class RemoteIdWire
{
    /// <summary>Latitude and longitude: int32 in units of 1e-7 degree.</summary>
    public const double DegreesPerUnit = 1e-7;

    /// <summary>Seconds from the Unix epoch to 2019-01-01 00:00:00 UTC, the epoch of the System and Authentication timestamps.</summary>
    public const long Epoch2019UnixSeconds = 1_546_300_800;

    /// <summary>Highest encodable altitude: (65535 * 0.5) - 1000 m.</summary>
    public const double MaxAltitudeM = 31_767.5;

    /// <summary>Tenths of a second in an hour, the largest valid Location timestamp.</summary>
    public const int MaxTimestampTenths = 36_000;

    /// <summary>Altitude: uint16 = (metres + 1000) / 0.5; 0 is unknown (-1000 m).</summary>
    public static double Altitude(ushort raw) => (raw * 0.5) - 1000;

    public static ushort EncodeAltitude(double metres, string name)
    {
        if (!(metres >= RemoteIdUnknown.AltitudeM && metres <= MaxAltitudeM))
        {
            throw new ArgumentOutOfRangeException(name, metres, "Altitude must be in [-1000, 31767.5] m (-1000 m: unknown).");
        }

        return (ushort)Math.Round((metres + 1000) * 2, MidpointRounding.AwayFromZero);
    }

    public static int EncodeDegrees(double degrees, double limit, string name)
    {
        if (!(degrees >= -limit && degrees <= limit))
        {
            throw new ArgumentOutOfRangeException(name, degrees, $"Must be in [-{limit}, {limit}] degrees.");
        }

        return (int)Math.Round(degrees / DegreesPerUnit, MidpointRounding.AwayFromZero);
    }

    /// <summary>Horizontal speed: 0.25 m/s steps up to 63.75 m/s, then 0.75 m/s steps from 63.75 m/s (the multiplier bit).</summary>
    public static double Speed(byte raw, bool multiplier) => multiplier ? (raw * 0.75) + 63.75 : raw * 0.25;

    public static (byte Raw, bool Multiplier) EncodeSpeed(double mps)
    {
        if (!(mps >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(mps), mps, "Speed must be zero or more (255 m/s: unknown).");
        }

        if (mps == RemoteIdUnknown.SpeedMps)
        {
            return (255, true);
        }

        if (mps <= 63.75)
        {
            return ((byte)Math.Round(mps * 4, MidpointRounding.AwayFromZero), false);
        }

        // Speeds of 254.25 m/s and above are sent as 254.25 m/s.
        double steps = Math.Round((mps - 63.75) / 0.75, MidpointRounding.AwayFromZero);
        return ((byte)Math.Min(steps, 254), true);
    }

    /// <summary>Vertical speed: int8 in 0.5 m/s steps, up positive; 63 m/s is unknown.</summary>
    public static double VerticalSpeed(sbyte raw) => raw * 0.5;

    public static sbyte EncodeVerticalSpeed(double mps)
    {
        if (!double.IsFinite(mps))
        {
            throw new ArgumentOutOfRangeException(nameof(mps), mps, "Vertical speed must be finite (63 m/s: unknown).");
        }

        if (mps == RemoteIdUnknown.VerticalSpeedMps)
        {
            return 126;
        }

        // Speeds beyond ±62 m/s are sent as ±62 m/s.
        return (sbyte)Math.Clamp(Math.Round(mps * 2, MidpointRounding.AwayFromZero), -124, 124);
    }

    /// <summary>Track: 0 to 179 in the byte, plus 180 when the east/west bit is set; 361 is unknown.</summary>
    public static double Track(byte raw, bool west) => west ? raw + 180 : raw;

    public static (byte Raw, bool West) EncodeTrack(double degrees)
    {
        if (degrees == RemoteIdUnknown.TrackDeg)
        {
            return (181, true);
        }

        if (!(degrees >= 0 && degrees <= 360))
        {
            throw new ArgumentOutOfRangeException(nameof(degrees), degrees, "Track must be in [0, 360] degrees (361: unknown).");
        }

        int whole = (int)Math.Round(degrees, MidpointRounding.AwayFromZero) % 360;
        return whole < 180 ? ((byte)whole, false) : ((byte)(whole - 180), true);
    }

    public static DateTimeOffset FromEpoch2019(uint seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(Epoch2019UnixSeconds + seconds);

    public static uint ToEpoch2019(DateTimeOffset time, string name)
    {
        long seconds = time.ToUnixTimeSeconds() - Epoch2019UnixSeconds;
        if (seconds is < 0 or > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(name, time, "Time must be between 2019-01-01 and 2155-02-07 UTC.");
        }

        return (uint)seconds;
    }

    public static void CheckNibble(int value, string name)
    {
        if (value is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must fit in 4 bits (0 to 15).");
        }
    }
}
