using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// A Message Pack (type 0xF, F3411-22a 5.4.5.8): byte 0 the header, byte 1 the size of each message
/// (always 25), byte 2 the number of messages (0 to 9), then the messages. Held inline (no
/// allocation). The default value is an empty pack of protocol version 0.
/// </summary>
public readonly struct RemoteIdMessagePack : IEquatable<RemoteIdMessagePack>
{
    /// <summary>The most messages a pack holds.</summary>
    public const int MaxMessages = 9;

    /// <summary>Bytes before the first message.</summary>
    public const int HeaderSize = 3;

    private readonly Messages9 _messages;

    /// <summary>A pack of up to nine messages, none of them a pack.</summary>
    /// <exception cref="ArgumentException">More than nine messages, or a protocol version above 15.</exception>
    public RemoteIdMessagePack(ReadOnlySpan<RemoteIdMessage> messages, byte protocolVersion = RemoteIdMessage.CurrentProtocolVersion)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(messages.Length, MaxMessages, nameof(messages));
        RemoteIdWire.CheckNibble(protocolVersion, nameof(protocolVersion));
        messages.CopyTo(_messages);
        Count = messages.Length;
        ProtocolVersion = protocolVersion;
    }

    /// <summary>The protocol version in the pack's header.</summary>
    public byte ProtocolVersion { get; }

    /// <summary>The number of messages, 0 to 9.</summary>
    public int Count { get; }

    /// <summary>The encoded size: 3 + 25 bytes per message.</summary>
    public int EncodedSize => HeaderSize + (Count * RemoteIdDecoder.MessageSize);

    /// <summary>The messages.</summary>
    [UnscopedRef]
    public ReadOnlySpan<RemoteIdMessage> Messages => ((ReadOnlySpan<RemoteIdMessage>)_messages)[..Count];

    /// <summary>The message at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not below <see cref="Count"/>.</exception>
    public RemoteIdMessage this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _messages[index];
        }
    }

    /// <inheritdoc />
    public bool Equals(RemoteIdMessagePack other) =>
        ProtocolVersion == other.ProtocolVersion && Messages.SequenceEqual(other.Messages);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RemoteIdMessagePack other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ProtocolVersion);
        foreach (RemoteIdMessage message in Messages)
        {
            hash.Add(message);
        }

        return hash.ToHashCode();
    }

    /// <summary>Equality of version and every message.</summary>
    public static bool operator ==(RemoteIdMessagePack left, RemoteIdMessagePack right) => left.Equals(right);

    /// <summary>Inequality of version or any message.</summary>
    public static bool operator !=(RemoteIdMessagePack left, RemoteIdMessagePack right) => !left.Equals(right);

    [InlineArray(MaxMessages)]
    private struct Messages9
    {
        private RemoteIdMessage _element0;
    }
}
