using System.Buffers.Binary;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// A System message (type 4, F3411-22a 5.4.5.6; layout as opendroneid-core-c's ODID_System_encoded).
/// Byte 1: classification type (bits 4-2) and operator location type (bits 1-0); bytes 2-5 operator
/// latitude and 6-9 longitude (int32, 1e-7 degree); 10-11 area count; 12 area radius (10 m steps);
/// 13-14 area ceiling and 15-16 area floor (altitude encoding); 17 EU category (bits 7-4) and class
/// (bits 3-0); 18-19 operator geodetic altitude; 20-23 timestamp (uint32 seconds since
/// 2019-01-01 00:00 UTC); 24 reserved. The default value encodes as all zero bytes.
/// </summary>
public readonly struct SystemMessage : IEquatable<SystemMessage>
{
    private readonly byte _types;
    private readonly int _latitude;
    private readonly int _longitude;
    private readonly ushort _areaCount;
    private readonly byte _areaRadius;
    private readonly ushort _areaCeiling;
    private readonly ushort _areaFloor;
    private readonly byte _euClassification;
    private readonly ushort _operatorAltitude;
    private readonly uint _timestamp;

    /// <summary>Creates a System message from SI values, rounding each to its nearest encodable step.</summary>
    /// <param name="operatorLocationType">Where the operator location comes from, 0 to 3.</param>
    /// <param name="operatorLatitudeDeg">Operator latitude in [-90, 90] degrees (0 with longitude 0: unknown).</param>
    /// <param name="operatorLongitudeDeg">Operator longitude in [-180, 180] degrees.</param>
    /// <param name="operatorAltitudeM">Operator geodetic altitude in [-1000, 31767.5] m; -1000 is unknown.</param>
    /// <param name="timestamp">When the message was made, from 2019-01-01 UTC.</param>
    /// <param name="classificationType">Which classification applies, 0 to 7.</param>
    /// <param name="category">EU category, 0 to 15.</param>
    /// <param name="euClass">EU class, 0 to 15.</param>
    /// <param name="areaCount">Number of aircraft in the operating area (1 for one).</param>
    /// <param name="areaRadiusM">Radius of the operating area in [0, 2550] m, 10 m steps.</param>
    /// <param name="areaCeilingM">Ceiling of the area in [-1000, 31767.5] m; -1000 is unknown.</param>
    /// <param name="areaFloorM">Floor of the area in [-1000, 31767.5] m; -1000 is unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range or not a number.</exception>
    public SystemMessage(
        OperatorLocationType operatorLocationType,
        double operatorLatitudeDeg,
        double operatorLongitudeDeg,
        double operatorAltitudeM,
        DateTimeOffset timestamp,
        ClassificationType classificationType = ClassificationType.Undeclared,
        EuCategory category = EuCategory.Undeclared,
        EuClass euClass = EuClass.Undeclared,
        ushort areaCount = 1,
        double areaRadiusM = 0,
        double areaCeilingM = RemoteIdUnknown.AltitudeM,
        double areaFloorM = RemoteIdUnknown.AltitudeM)
    {
        if ((int)operatorLocationType is < 0 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(operatorLocationType), operatorLocationType, "Operator location type is 2 bits.");
        }

        if ((int)classificationType is < 0 or > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(classificationType), classificationType, "Classification type is 3 bits.");
        }

        RemoteIdWire.CheckNibble((int)category, nameof(category));
        RemoteIdWire.CheckNibble((int)euClass, nameof(euClass));
        if (!(areaRadiusM >= 0 && areaRadiusM <= 2550))
        {
            throw new ArgumentOutOfRangeException(nameof(areaRadiusM), areaRadiusM, "Area radius must be in [0, 2550] m.");
        }

        _types = (byte)(((int)classificationType << 2) | (int)operatorLocationType);
        _latitude = RemoteIdWire.EncodeDegrees(operatorLatitudeDeg, 90, nameof(operatorLatitudeDeg));
        _longitude = RemoteIdWire.EncodeDegrees(operatorLongitudeDeg, 180, nameof(operatorLongitudeDeg));
        _areaCount = areaCount;
        _areaRadius = (byte)Math.Round(areaRadiusM / 10, MidpointRounding.AwayFromZero);
        _areaCeiling = RemoteIdWire.EncodeAltitude(areaCeilingM, nameof(areaCeilingM));
        _areaFloor = RemoteIdWire.EncodeAltitude(areaFloorM, nameof(areaFloorM));
        _euClassification = (byte)(((int)category << 4) | (int)euClass);
        _operatorAltitude = RemoteIdWire.EncodeAltitude(operatorAltitudeM, nameof(operatorAltitudeM));
        _timestamp = RemoteIdWire.ToEpoch2019(timestamp, nameof(timestamp));
    }

    private SystemMessage(ReadOnlySpan<byte> m)
    {
        _types = (byte)(m[1] & 0x1F);
        _latitude = BinaryPrimitives.ReadInt32LittleEndian(m[2..]);
        _longitude = BinaryPrimitives.ReadInt32LittleEndian(m[6..]);
        _areaCount = BinaryPrimitives.ReadUInt16LittleEndian(m[10..]);
        _areaRadius = m[12];
        _areaCeiling = BinaryPrimitives.ReadUInt16LittleEndian(m[13..]);
        _areaFloor = BinaryPrimitives.ReadUInt16LittleEndian(m[15..]);
        _euClassification = m[17];
        _operatorAltitude = BinaryPrimitives.ReadUInt16LittleEndian(m[18..]);
        _timestamp = BinaryPrimitives.ReadUInt32LittleEndian(m[20..]);
    }

    /// <summary>Where the operator location comes from (3 is reserved and kept as sent).</summary>
    public OperatorLocationType OperatorLocationType => (OperatorLocationType)(_types & 0x03);

    /// <summary>Which classification <see cref="Category"/> and <see cref="Class"/> follow.</summary>
    public ClassificationType ClassificationType => (ClassificationType)(_types >> 2);

    /// <summary>Operator latitude in degrees, [-90, 90].</summary>
    public double OperatorLatitudeDeg => _latitude * RemoteIdWire.DegreesPerUnit;

    /// <summary>Operator longitude in degrees, [-180, 180].</summary>
    public double OperatorLongitudeDeg => _longitude * RemoteIdWire.DegreesPerUnit;

    /// <summary>Operator latitude in units of 1e-7 degree, as sent.</summary>
    public int OperatorLatitudeE7 => _latitude;

    /// <summary>Operator longitude in units of 1e-7 degree, as sent.</summary>
    public int OperatorLongitudeE7 => _longitude;

    /// <summary>Whether the operator position is reported: the standard sends (0°, 0°) for unknown.</summary>
    public bool IsOperatorPositionKnown => _latitude != 0 || _longitude != 0;

    /// <summary>Operator geodetic altitude in metres; -1000 is unknown.</summary>
    public double OperatorAltitudeM => RemoteIdWire.Altitude(_operatorAltitude);

    /// <summary>Number of aircraft in the operating area.</summary>
    public ushort AreaCount => _areaCount;

    /// <summary>Radius of the operating area in metres, [0, 2550].</summary>
    public double AreaRadiusM => _areaRadius * 10.0;

    /// <summary>Ceiling of the operating area in metres; -1000 is unknown.</summary>
    public double AreaCeilingM => RemoteIdWire.Altitude(_areaCeiling);

    /// <summary>Floor of the operating area in metres; -1000 is unknown.</summary>
    public double AreaFloorM => RemoteIdWire.Altitude(_areaFloor);

    /// <summary>EU operating category (meaningful when <see cref="ClassificationType"/> is EU).</summary>
    public EuCategory Category => (EuCategory)(_euClassification >> 4);

    /// <summary>EU class (meaningful when <see cref="ClassificationType"/> is EU).</summary>
    public EuClass Class => (EuClass)(_euClassification & 0x0F);

    /// <summary>The timestamp as sent: seconds since 2019-01-01 00:00:00 UTC.</summary>
    public uint TimestampSeconds => _timestamp;

    /// <summary>The timestamp as UTC time.</summary>
    public DateTimeOffset Timestamp => RemoteIdWire.FromEpoch2019(_timestamp);

    /// <inheritdoc />
    public bool Equals(SystemMessage other) =>
        _types == other._types && _latitude == other._latitude && _longitude == other._longitude && _areaCount == other._areaCount
        && _areaRadius == other._areaRadius && _areaCeiling == other._areaCeiling && _areaFloor == other._areaFloor
        && _euClassification == other._euClassification && _operatorAltitude == other._operatorAltitude && _timestamp == other._timestamp;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SystemMessage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_types, _latitude, _longitude, _areaCount, _operatorAltitude, _timestamp);

    /// <summary>Field-wise equality.</summary>
    public static bool operator ==(SystemMessage left, SystemMessage right) => left.Equals(right);

    /// <summary>Field-wise inequality.</summary>
    public static bool operator !=(SystemMessage left, SystemMessage right) => !left.Equals(right);

    /// <summary>Decodes bytes 1 to 24 of a message (reserved bits dropped); rejects an operator position out of range.</summary>
    internal static bool TryRead(ReadOnlySpan<byte> m, out SystemMessage system, out DecodeError error)
    {
        system = new SystemMessage(m);
        error = default;
        if (system._latitude is < -900_000_000 or > 900_000_000)
        {
            error = new DecodeError(2, "System: operator latitude is outside [-90, 90] degrees");
        }
        else if (system._longitude is < -1_800_000_000 or > 1_800_000_000)
        {
            error = new DecodeError(6, "System: operator longitude is outside [-180, 180] degrees");
        }

        return error.Reason is null;
    }

    internal void Write(Span<byte> m)
    {
        m[1] = _types;
        BinaryPrimitives.WriteInt32LittleEndian(m[2..], _latitude);
        BinaryPrimitives.WriteInt32LittleEndian(m[6..], _longitude);
        BinaryPrimitives.WriteUInt16LittleEndian(m[10..], _areaCount);
        m[12] = _areaRadius;
        BinaryPrimitives.WriteUInt16LittleEndian(m[13..], _areaCeiling);
        BinaryPrimitives.WriteUInt16LittleEndian(m[15..], _areaFloor);
        m[17] = _euClassification;
        BinaryPrimitives.WriteUInt16LittleEndian(m[18..], _operatorAltitude);
        BinaryPrimitives.WriteUInt32LittleEndian(m[20..], _timestamp);
    }
}
