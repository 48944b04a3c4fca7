namespace Vigil.Sensors.RemoteId;

/// <summary>
/// An Operator ID message (type 5, F3411-22a 5.4.5.7): byte 1 the operator ID type, bytes 2 to 21 the
/// operator ID (ASCII, NUL-padded), bytes 22 to 24 reserved. The default value is an empty ID of type 0.
/// </summary>
public readonly struct OperatorIdMessage : IEquatable<OperatorIdMessage>
{
    /// <summary>Length of the operator ID field in bytes.</summary>
    public const int OperatorIdLength = 20;

    /// <summary>Creates an Operator ID message.</summary>
    /// <param name="operatorId">Up to 20 printable ASCII characters, e.g. "GBR-OP-123ABCD".</param>
    /// <param name="operatorIdType">0 for an operator ID; 1 to 200 are reserved and 201 to 255 private.</param>
    /// <exception cref="ArgumentException">The ID does not fit or is not printable ASCII.</exception>
    public OperatorIdMessage(string operatorId, byte operatorIdType = 0)
        : this(operatorIdType, RemoteIdBytes.FromText(operatorId, OperatorIdLength))
    {
    }

    internal OperatorIdMessage(byte operatorIdType, RemoteIdBytes operatorId)
    {
        OperatorIdType = operatorIdType;
        OperatorId = operatorId;
    }

    /// <summary>The operator ID type: 0 is an operator ID.</summary>
    public byte OperatorIdType { get; }

    /// <summary>The operator ID: 20 bytes, the text up to the first NUL.</summary>
    public RemoteIdBytes OperatorId { get; }

    /// <inheritdoc />
    public bool Equals(OperatorIdMessage other) => OperatorIdType == other.OperatorIdType && OperatorId.Equals(other.OperatorId);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OperatorIdMessage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OperatorIdType, OperatorId);

    /// <summary>Field-wise equality.</summary>
    public static bool operator ==(OperatorIdMessage left, OperatorIdMessage right) => left.Equals(right);

    /// <summary>Field-wise inequality.</summary>
    public static bool operator !=(OperatorIdMessage left, OperatorIdMessage right) => !left.Equals(right);

    internal static OperatorIdMessage Read(ReadOnlySpan<byte> m) => new(m[1], new RemoteIdBytes(m.Slice(2, OperatorIdLength)));

    internal void Write(Span<byte> m)
    {
        m[1] = OperatorIdType;
        OperatorId.AsSpan().CopyTo(m.Slice(2, OperatorIdLength));
    }
}
