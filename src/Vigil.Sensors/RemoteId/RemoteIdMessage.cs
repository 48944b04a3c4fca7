using System.Runtime.InteropServices;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// One decoded 25-byte Remote ID message: its type and protocol version (the header byte) and the
/// typed message, held inline as a tagged union so that decoding allocates nothing. Read the typed
/// message through the property of its <see cref="Type"/>; the others throw. The default value is an
/// empty Basic ID message of protocol version 0.
/// </summary>
[StructLayout(LayoutKind.Explicit)]
public readonly struct RemoteIdMessage : IEquatable<RemoteIdMessage>
{
    /// <summary>The protocol version of F3411-22a, used when none is given.</summary>
    public const byte CurrentProtocolVersion = 2;

    [FieldOffset(0)]
    private readonly RemoteIdMessageType _type;

    [FieldOffset(1)]
    private readonly byte _version;

    [FieldOffset(4)]
    private readonly BasicIdMessage _basicId;

    [FieldOffset(4)]
    private readonly LocationMessage _location;

    [FieldOffset(4)]
    private readonly AuthenticationMessage _authentication;

    [FieldOffset(4)]
    private readonly SelfIdMessage _selfId;

    [FieldOffset(4)]
    private readonly SystemMessage _system;

    [FieldOffset(4)]
    private readonly OperatorIdMessage _operatorId;

    /// <summary>A Basic ID message.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The protocol version is above 15.</exception>
    public RemoteIdMessage(BasicIdMessage basicId, byte protocolVersion = CurrentProtocolVersion)
        : this(RemoteIdMessageType.BasicId, protocolVersion) => _basicId = basicId;

    /// <summary>A Location/Vector message.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The protocol version is above 15.</exception>
    public RemoteIdMessage(LocationMessage location, byte protocolVersion = CurrentProtocolVersion)
        : this(RemoteIdMessageType.Location, protocolVersion) => _location = location;

    /// <summary>An Authentication message page.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The protocol version is above 15.</exception>
    public RemoteIdMessage(AuthenticationMessage authentication, byte protocolVersion = CurrentProtocolVersion)
        : this(RemoteIdMessageType.Authentication, protocolVersion) => _authentication = authentication;

    /// <summary>A Self-ID message.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The protocol version is above 15.</exception>
    public RemoteIdMessage(SelfIdMessage selfId, byte protocolVersion = CurrentProtocolVersion)
        : this(RemoteIdMessageType.SelfId, protocolVersion) => _selfId = selfId;

    /// <summary>A System message.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The protocol version is above 15.</exception>
    public RemoteIdMessage(SystemMessage system, byte protocolVersion = CurrentProtocolVersion)
        : this(RemoteIdMessageType.System, protocolVersion) => _system = system;

    /// <summary>An Operator ID message.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The protocol version is above 15.</exception>
    public RemoteIdMessage(OperatorIdMessage operatorId, byte protocolVersion = CurrentProtocolVersion)
        : this(RemoteIdMessageType.OperatorId, protocolVersion) => _operatorId = operatorId;

    private RemoteIdMessage(RemoteIdMessageType type, byte protocolVersion)
    {
        RemoteIdWire.CheckNibble(protocolVersion, nameof(protocolVersion));
        _type = type;
        _version = protocolVersion;
    }

    /// <summary>The message type: never <see cref="RemoteIdMessageType.MessagePack"/> (see <see cref="RemoteIdMessagePack"/>).</summary>
    public RemoteIdMessageType Type => _type;

    /// <summary>The protocol version in the header's low nibble: 0 (F3411-19), 1 (F3411-20), 2 (F3411-22a); 15 is private use.</summary>
    public byte ProtocolVersion => _version;

    /// <summary>The Basic ID message.</summary>
    /// <exception cref="InvalidOperationException">The message is of another type.</exception>
    public BasicIdMessage BasicId => _type == RemoteIdMessageType.BasicId ? _basicId : throw WrongType(RemoteIdMessageType.BasicId);

    /// <summary>The Location/Vector message.</summary>
    /// <exception cref="InvalidOperationException">The message is of another type.</exception>
    public LocationMessage Location => _type == RemoteIdMessageType.Location ? _location : throw WrongType(RemoteIdMessageType.Location);

    /// <summary>The Authentication message page.</summary>
    /// <exception cref="InvalidOperationException">The message is of another type.</exception>
    public AuthenticationMessage Authentication =>
        _type == RemoteIdMessageType.Authentication ? _authentication : throw WrongType(RemoteIdMessageType.Authentication);

    /// <summary>The Self-ID message.</summary>
    /// <exception cref="InvalidOperationException">The message is of another type.</exception>
    public SelfIdMessage SelfId => _type == RemoteIdMessageType.SelfId ? _selfId : throw WrongType(RemoteIdMessageType.SelfId);

    /// <summary>The System message.</summary>
    /// <exception cref="InvalidOperationException">The message is of another type.</exception>
    public SystemMessage System => _type == RemoteIdMessageType.System ? _system : throw WrongType(RemoteIdMessageType.System);

    /// <summary>The Operator ID message.</summary>
    /// <exception cref="InvalidOperationException">The message is of another type.</exception>
    public OperatorIdMessage OperatorId => _type == RemoteIdMessageType.OperatorId ? _operatorId : throw WrongType(RemoteIdMessageType.OperatorId);

    /// <inheritdoc />
    public bool Equals(RemoteIdMessage other) =>
        _type == other._type && _version == other._version && _type switch
        {
            RemoteIdMessageType.BasicId => _basicId.Equals(other._basicId),
            RemoteIdMessageType.Location => _location.Equals(other._location),
            RemoteIdMessageType.Authentication => _authentication.Equals(other._authentication),
            RemoteIdMessageType.SelfId => _selfId.Equals(other._selfId),
            RemoteIdMessageType.System => _system.Equals(other._system),
            _ => _operatorId.Equals(other._operatorId),
        };

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RemoteIdMessage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _type switch
    {
        RemoteIdMessageType.BasicId => HashCode.Combine(_type, _version, _basicId),
        RemoteIdMessageType.Location => HashCode.Combine(_type, _version, _location),
        RemoteIdMessageType.Authentication => HashCode.Combine(_type, _version, _authentication),
        RemoteIdMessageType.SelfId => HashCode.Combine(_type, _version, _selfId),
        RemoteIdMessageType.System => HashCode.Combine(_type, _version, _system),
        _ => HashCode.Combine(_type, _version, _operatorId),
    };

    /// <summary>Equality of type, version and the typed message.</summary>
    public static bool operator ==(RemoteIdMessage left, RemoteIdMessage right) => left.Equals(right);

    /// <summary>Inequality of type, version or the typed message.</summary>
    public static bool operator !=(RemoteIdMessage left, RemoteIdMessage right) => !left.Equals(right);

    /// <summary>"Location v2" and the like.</summary>
    public override string ToString() => $"{_type} v{_version}";

    private InvalidOperationException WrongType(RemoteIdMessageType wanted) =>
        new($"The message is a {_type} message, not a {wanted} message.");
}
