using System.Buffers.Binary;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// A Location/Vector message (type 1, F3411-22a 5.4.5.3; byte layout as opendroneid-core-c's
/// ODID_Location_encoded). Byte 1: status (bits 7-4), height type (bit 2), east/west direction
/// (bit 1), speed multiplier (bit 0); byte 2 track; 3 speed; 4 vertical speed; 5-8 latitude and
/// 9-12 longitude (int32, 1e-7 degree); 13-14 pressure altitude, 15-16 geodetic altitude, 17-18
/// height (uint16, 0.5 m steps from -1000 m); 19 vertical/horizontal accuracy; 20 pressure
/// altitude/speed accuracy; 21-22 timestamp (tenths of a second after the hour); 23 timestamp
/// accuracy (bits 3-0); 24 reserved. All multi-byte fields are little-endian.
/// The fields are kept as sent, so a message encodes back to the same bytes; the properties give SI
/// values, and unknown values as the standard defines them (<see cref="RemoteIdUnknown"/>).
/// The default value encodes as all zero bytes: position (0°, 0°), altitudes unknown, speed 0.
/// </summary>
public readonly struct LocationMessage : IEquatable<LocationMessage>
{
    private readonly byte _flags;          // byte 1: status, height type, east/west, speed multiplier
    private readonly byte _track;
    private readonly byte _speed;
    private readonly sbyte _verticalSpeed;
    private readonly int _latitude;
    private readonly int _longitude;
    private readonly ushort _pressureAltitude;
    private readonly ushort _geodeticAltitude;
    private readonly ushort _height;
    private readonly byte _accuracies;     // byte 19: vertical (7-4), horizontal (3-0)
    private readonly byte _speedAccuracies; // byte 20: pressure altitude (7-4), speed (3-0)
    private readonly ushort _timestamp;
    private readonly byte _timestampAccuracy;

    /// <summary>Creates a Location message from SI values, rounding each to its nearest encodable step.</summary>
    /// <param name="status">Operational status, 0 to 15.</param>
    /// <param name="latitudeDeg">Latitude in [-90, 90] degrees (0 with longitude 0: unknown).</param>
    /// <param name="longitudeDeg">Longitude in [-180, 180] degrees.</param>
    /// <param name="geodeticAltitudeM">Height above the WGS84 ellipsoid in [-1000, 31767.5] m; -1000 is unknown.</param>
    /// <param name="pressureAltitudeM">Pressure altitude (1013.25 hPa datum) in [-1000, 31767.5] m; -1000 is unknown.</param>
    /// <param name="heightM">Height above <paramref name="heightReference"/> in [-1000, 31767.5] m; -1000 is unknown.</param>
    /// <param name="heightReference">What the height is measured from.</param>
    /// <param name="trackDeg">Track over ground, clockwise from true north, in [0, 360] degrees; 361 is unknown.</param>
    /// <param name="speedMps">Ground speed, zero or more; 255 is unknown; 254.25 m/s and above is sent as 254.25.</param>
    /// <param name="verticalSpeedMps">Vertical speed, up positive; 63 is unknown; beyond ±62 m/s is sent as ±62.</param>
    /// <param name="horizontalAccuracy">Horizontal position accuracy.</param>
    /// <param name="geodeticAltitudeAccuracy">Geodetic altitude accuracy.</param>
    /// <param name="pressureAltitudeAccuracy">Pressure altitude accuracy.</param>
    /// <param name="speedAccuracy">Speed accuracy.</param>
    /// <param name="timeAfterHour">When the position was measured, as time after the full UTC hour in [0, 1 h]; null is unknown.</param>
    /// <param name="timestampAccuracy">Accuracy of that time in [0, 1.5] s, in 0.1 s steps; zero is unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range or not a number.</exception>
    public LocationMessage(
        OperationalStatus status,
        double latitudeDeg,
        double longitudeDeg,
        double geodeticAltitudeM = RemoteIdUnknown.AltitudeM,
        double pressureAltitudeM = RemoteIdUnknown.AltitudeM,
        double heightM = RemoteIdUnknown.AltitudeM,
        HeightReference heightReference = HeightReference.AboveTakeoff,
        double trackDeg = RemoteIdUnknown.TrackDeg,
        double speedMps = RemoteIdUnknown.SpeedMps,
        double verticalSpeedMps = RemoteIdUnknown.VerticalSpeedMps,
        HorizontalAccuracy horizontalAccuracy = HorizontalAccuracy.Unknown,
        VerticalAccuracy geodeticAltitudeAccuracy = VerticalAccuracy.Unknown,
        VerticalAccuracy pressureAltitudeAccuracy = VerticalAccuracy.Unknown,
        SpeedAccuracy speedAccuracy = SpeedAccuracy.Unknown,
        TimeSpan? timeAfterHour = null,
        TimeSpan timestampAccuracy = default)
    {
        RemoteIdWire.CheckNibble((int)status, nameof(status));
        RemoteIdWire.CheckNibble((int)horizontalAccuracy, nameof(horizontalAccuracy));
        RemoteIdWire.CheckNibble((int)geodeticAltitudeAccuracy, nameof(geodeticAltitudeAccuracy));
        RemoteIdWire.CheckNibble((int)pressureAltitudeAccuracy, nameof(pressureAltitudeAccuracy));
        RemoteIdWire.CheckNibble((int)speedAccuracy, nameof(speedAccuracy));
        if (heightReference is not (HeightReference.AboveTakeoff or HeightReference.AboveGround))
        {
            throw new ArgumentOutOfRangeException(nameof(heightReference), heightReference, "Height reference is one bit.");
        }

        (byte track, bool west) = RemoteIdWire.EncodeTrack(trackDeg);
        (byte speed, bool multiplier) = RemoteIdWire.EncodeSpeed(speedMps);
        _flags = (byte)(((int)status << 4) | ((int)heightReference << 2) | (west ? 2 : 0) | (multiplier ? 1 : 0));
        _track = track;
        _speed = speed;
        _verticalSpeed = RemoteIdWire.EncodeVerticalSpeed(verticalSpeedMps);
        _latitude = RemoteIdWire.EncodeDegrees(latitudeDeg, 90, nameof(latitudeDeg));
        _longitude = RemoteIdWire.EncodeDegrees(longitudeDeg, 180, nameof(longitudeDeg));
        _pressureAltitude = RemoteIdWire.EncodeAltitude(pressureAltitudeM, nameof(pressureAltitudeM));
        _geodeticAltitude = RemoteIdWire.EncodeAltitude(geodeticAltitudeM, nameof(geodeticAltitudeM));
        _height = RemoteIdWire.EncodeAltitude(heightM, nameof(heightM));
        _accuracies = (byte)(((int)geodeticAltitudeAccuracy << 4) | (int)horizontalAccuracy);
        _speedAccuracies = (byte)(((int)pressureAltitudeAccuracy << 4) | (int)speedAccuracy);
        if (timeAfterHour is { } time)
        {
            if (time < TimeSpan.Zero || time > TimeSpan.FromHours(1))
            {
                throw new ArgumentOutOfRangeException(nameof(timeAfterHour), time, "Time after the hour must be in [0, 1 h].");
            }

            _timestamp = (ushort)Math.Round(time.TotalSeconds * 10, MidpointRounding.AwayFromZero);
        }
        else
        {
            _timestamp = RemoteIdUnknown.TimestampTenths;
        }

        if (timestampAccuracy < TimeSpan.Zero || timestampAccuracy > TimeSpan.FromSeconds(1.5))
        {
            throw new ArgumentOutOfRangeException(nameof(timestampAccuracy), timestampAccuracy, "Timestamp accuracy must be in [0, 1.5] s.");
        }

        _timestampAccuracy = (byte)Math.Round(timestampAccuracy.TotalSeconds * 10, MidpointRounding.AwayFromZero);
    }

    private LocationMessage(ReadOnlySpan<byte> m)
    {
        _flags = (byte)(m[1] & 0xF7);
        _track = m[2];
        _speed = m[3];
        _verticalSpeed = unchecked((sbyte)m[4]);
        _latitude = BinaryPrimitives.ReadInt32LittleEndian(m[5..]);
        _longitude = BinaryPrimitives.ReadInt32LittleEndian(m[9..]);
        _pressureAltitude = BinaryPrimitives.ReadUInt16LittleEndian(m[13..]);
        _geodeticAltitude = BinaryPrimitives.ReadUInt16LittleEndian(m[15..]);
        _height = BinaryPrimitives.ReadUInt16LittleEndian(m[17..]);
        _accuracies = m[19];
        _speedAccuracies = m[20];
        _timestamp = BinaryPrimitives.ReadUInt16LittleEndian(m[21..]);
        _timestampAccuracy = (byte)(m[23] & 0x0F);
    }

    /// <summary>Operational status (values 5 to 15 are reserved and kept as sent).</summary>
    public OperationalStatus Status => (OperationalStatus)(_flags >> 4);

    /// <summary>What <see cref="HeightM"/> is measured from.</summary>
    public HeightReference HeightReference => (HeightReference)((_flags >> 2) & 1);

    /// <summary>Track over ground in degrees clockwise from true north, [0, 360); 361 or more is unknown (see <see cref="IsTrackKnown"/>).</summary>
    public double TrackDeg => RemoteIdWire.Track(_track, (_flags & 2) != 0);

    /// <summary>Whether <see cref="TrackDeg"/> is a direction (below 360 degrees).</summary>
    public bool IsTrackKnown => TrackDeg < 360;

    /// <summary>Ground speed in m/s, [0, 254.25]; 255 is unknown (see <see cref="IsSpeedKnown"/>).</summary>
    public double SpeedMps => RemoteIdWire.Speed(_speed, (_flags & 1) != 0);

    /// <summary>Whether <see cref="SpeedMps"/> is a speed (not 255 m/s).</summary>
    public bool IsSpeedKnown => SpeedMps < RemoteIdUnknown.SpeedMps;

    /// <summary>Vertical speed in m/s, up positive, [-62, 62]; 63 is unknown (see <see cref="IsVerticalSpeedKnown"/>).</summary>
    public double VerticalSpeedMps => RemoteIdWire.VerticalSpeed(_verticalSpeed);

    /// <summary>Whether <see cref="VerticalSpeedMps"/> is within ±62 m/s (63 m/s is unknown).</summary>
    public bool IsVerticalSpeedKnown => Math.Abs(VerticalSpeedMps) <= 62;

    /// <summary>Latitude in degrees, [-90, 90].</summary>
    public double LatitudeDeg => _latitude * RemoteIdWire.DegreesPerUnit;

    /// <summary>Longitude in degrees, [-180, 180].</summary>
    public double LongitudeDeg => _longitude * RemoteIdWire.DegreesPerUnit;

    /// <summary>Latitude in units of 1e-7 degree, as sent.</summary>
    public int LatitudeE7 => _latitude;

    /// <summary>Longitude in units of 1e-7 degree, as sent.</summary>
    public int LongitudeE7 => _longitude;

    /// <summary>Whether the position is reported: the standard sends (0°, 0°) for unknown.</summary>
    public bool IsPositionKnown => _latitude != 0 || _longitude != 0;

    /// <summary>Pressure altitude in metres; -1000 is unknown.</summary>
    public double PressureAltitudeM => RemoteIdWire.Altitude(_pressureAltitude);

    /// <summary>Geodetic altitude (height above the WGS84 ellipsoid) in metres; -1000 is unknown.</summary>
    public double GeodeticAltitudeM => RemoteIdWire.Altitude(_geodeticAltitude);

    /// <summary>Height above <see cref="HeightReference"/> in metres; -1000 is unknown.</summary>
    public double HeightM => RemoteIdWire.Altitude(_height);

    /// <summary>Horizontal position accuracy.</summary>
    public HorizontalAccuracy HorizontalAccuracy => (HorizontalAccuracy)(_accuracies & 0x0F);

    /// <summary>Geodetic altitude accuracy.</summary>
    public VerticalAccuracy GeodeticAltitudeAccuracy => (VerticalAccuracy)(_accuracies >> 4);

    /// <summary>Pressure altitude accuracy.</summary>
    public VerticalAccuracy PressureAltitudeAccuracy => (VerticalAccuracy)(_speedAccuracies >> 4);

    /// <summary>Speed accuracy.</summary>
    public SpeedAccuracy SpeedAccuracy => (SpeedAccuracy)(_speedAccuracies & 0x0F);

    /// <summary>The timestamp as sent: tenths of a second after the full UTC hour, [0, 36000]; 0xFFFF is unknown.</summary>
    public ushort TimestampTenths => _timestamp;

    /// <summary>Whether the timestamp is a time (not 0xFFFF).</summary>
    public bool IsTimestampKnown => _timestamp != RemoteIdUnknown.TimestampTenths;

    /// <summary>Time after the full UTC hour at which the position was measured (meaningless when <see cref="IsTimestampKnown"/> is false).</summary>
    public TimeSpan TimeAfterHour => TimeSpan.FromTicks(_timestamp * (TimeSpan.TicksPerSecond / 10));

    /// <summary>Accuracy of the timestamp, 0.1 s steps up to 1.5 s; zero is unknown.</summary>
    public TimeSpan TimestampAccuracy => TimeSpan.FromTicks(_timestampAccuracy * (TimeSpan.TicksPerSecond / 10));

    /// <summary>
    /// The UTC time of the position: the time <see cref="TimeAfterHour"/> in the hour nearest to
    /// <paramref name="receivedAt"/> (a message is at most half an hour old), or null when unknown.
    /// </summary>
    public DateTimeOffset? MeasuredAt(DateTimeOffset receivedAt)
    {
        if (!IsTimestampKnown)
        {
            return null;
        }

        DateTimeOffset utc = receivedAt.ToUniversalTime();
        DateTimeOffset hour = new(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
        DateTimeOffset candidate = hour + TimeAfterHour;
        TimeSpan offset = candidate - utc;
        if (offset > TimeSpan.FromMinutes(30) && candidate.UtcTicks - TimeSpan.TicksPerHour >= DateTimeOffset.MinValue.UtcTicks)
        {
            candidate = candidate.AddHours(-1);
        }
        else if (offset < TimeSpan.FromMinutes(-30) && candidate.UtcTicks + TimeSpan.TicksPerHour <= DateTimeOffset.MaxValue.UtcTicks)
        {
            candidate = candidate.AddHours(1);
        }

        return candidate;
    }

    /// <inheritdoc />
    public bool Equals(LocationMessage other) =>
        _flags == other._flags && _track == other._track && _speed == other._speed && _verticalSpeed == other._verticalSpeed
        && _latitude == other._latitude && _longitude == other._longitude && _pressureAltitude == other._pressureAltitude
        && _geodeticAltitude == other._geodeticAltitude && _height == other._height && _accuracies == other._accuracies
        && _speedAccuracies == other._speedAccuracies && _timestamp == other._timestamp && _timestampAccuracy == other._timestampAccuracy;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LocationMessage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_flags, _latitude, _longitude, _geodeticAltitude, _timestamp, _speed, _track);

    /// <summary>Field-wise equality.</summary>
    public static bool operator ==(LocationMessage left, LocationMessage right) => left.Equals(right);

    /// <summary>Field-wise inequality.</summary>
    public static bool operator !=(LocationMessage left, LocationMessage right) => !left.Equals(right);

    /// <summary>Decodes bytes 1 to 24 of a message (reserved bits dropped); rejects a position or timestamp out of range.</summary>
    internal static bool TryRead(ReadOnlySpan<byte> m, out LocationMessage location, out DecodeError error)
    {
        location = new LocationMessage(m);
        error = default;
        if (location._latitude is < -900_000_000 or > 900_000_000)
        {
            error = new DecodeError(5, "Location: latitude is outside [-90, 90] degrees");
        }
        else if (location._longitude is < -1_800_000_000 or > 1_800_000_000)
        {
            error = new DecodeError(9, "Location: longitude is outside [-180, 180] degrees");
        }
        else if (location._timestamp > RemoteIdWire.MaxTimestampTenths && location._timestamp != RemoteIdUnknown.TimestampTenths)
        {
            error = new DecodeError(21, "Location: timestamp is more than 36000 tenths of a second after the hour");
        }

        return error.Reason is null;
    }

    internal void Write(Span<byte> m)
    {
        m[1] = _flags;
        m[2] = _track;
        m[3] = _speed;
        m[4] = unchecked((byte)_verticalSpeed);
        BinaryPrimitives.WriteInt32LittleEndian(m[5..], _latitude);
        BinaryPrimitives.WriteInt32LittleEndian(m[9..], _longitude);
        BinaryPrimitives.WriteUInt16LittleEndian(m[13..], _pressureAltitude);
        BinaryPrimitives.WriteUInt16LittleEndian(m[15..], _geodeticAltitude);
        BinaryPrimitives.WriteUInt16LittleEndian(m[17..], _height);
        m[19] = _accuracies;
        m[20] = _speedAccuracies;
        BinaryPrimitives.WriteUInt16LittleEndian(m[21..], _timestamp);
        m[23] = _timestampAccuracy;
    }
}
