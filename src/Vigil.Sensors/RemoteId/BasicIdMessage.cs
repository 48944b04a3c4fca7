namespace Vigil.Sensors.RemoteId;

/// <summary>
/// A Basic ID message (type 0, F3411-22a 5.4.5.2): byte 1 holds the ID type (high nibble) and UA type
/// (low nibble), bytes 2 to 21 the UAS ID (ASCII, NUL-padded), bytes 22 to 24 are reserved.
/// The default value is ID type none, UA type none and an empty UAS ID.
/// </summary>
public readonly struct BasicIdMessage : IEquatable<BasicIdMessage>
{
    /// <summary>Length of the UAS ID field in bytes.</summary>
    public const int UasIdLength = 20;

    /// <summary>Creates a Basic ID message.</summary>
    /// <param name="idType">What the ID is; 0 to 15.</param>
    /// <param name="uaType">The kind of aircraft; 0 to 15.</param>
    /// <param name="uasId">Up to 20 printable ASCII characters.</param>
    /// <exception cref="ArgumentException">A value is out of range or the ID does not fit.</exception>
    public BasicIdMessage(UasIdType idType, UaType uaType, string uasId)
        : this(idType, uaType, RemoteIdBytes.FromText(uasId, UasIdLength))
    {
        RemoteIdWire.CheckNibble((int)idType, nameof(idType));
        RemoteIdWire.CheckNibble((int)uaType, nameof(uaType));
    }

    internal BasicIdMessage(UasIdType idType, UaType uaType, RemoteIdBytes uasId)
    {
        IdType = idType;
        UaType = uaType;
        UasId = uasId;
    }

    /// <summary>What the UAS ID is (values 5 to 15 are reserved and kept as sent).</summary>
    public UasIdType IdType { get; }

    /// <summary>The kind of aircraft.</summary>
    public UaType UaType { get; }

    /// <summary>The UAS ID: 20 bytes, the text up to the first NUL.</summary>
    public RemoteIdBytes UasId { get; }

    /// <inheritdoc />
    public bool Equals(BasicIdMessage other) => IdType == other.IdType && UaType == other.UaType && UasId.Equals(other.UasId);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BasicIdMessage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IdType, UaType, UasId);

    /// <summary>Field-wise equality.</summary>
    public static bool operator ==(BasicIdMessage left, BasicIdMessage right) => left.Equals(right);

    /// <summary>Field-wise inequality.</summary>
    public static bool operator !=(BasicIdMessage left, BasicIdMessage right) => !left.Equals(right);

    internal static BasicIdMessage Read(ReadOnlySpan<byte> m) =>
        new((UasIdType)(m[1] >> 4), (UaType)(m[1] & 0x0F), new RemoteIdBytes(m.Slice(2, UasIdLength)));

    internal void Write(Span<byte> m)
    {
        m[1] = (byte)(((int)IdType << 4) | (int)UaType);
        UasId.AsSpan().CopyTo(m.Slice(2, UasIdLength));
    }
}
