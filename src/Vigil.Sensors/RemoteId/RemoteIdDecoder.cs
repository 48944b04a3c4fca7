namespace Vigil.Sensors.RemoteId;

/// <summary>
/// Decodes Remote ID messages (ASTM F3411-22a, ASD-STAN EN 4709-002) from their 25-byte broadcast
/// form. Nothing is allocated for a message that decodes; no input makes a method throw, and every
/// rejection has an offset into the input and a reason.
/// </summary>
public static class RemoteIdDecoder
{
    /// <summary>The size of one message in bytes.</summary>
    public const int MessageSize = 25;

    /// <summary>
    /// Decodes one 25-byte message, not a pack. Rejects other lengths, reserved message types (6 to
    /// 14), a pack, and values outside their range (a latitude beyond ±90°, a Location timestamp past
    /// the hour, an authentication last page index above 15). Reserved bits are ignored.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> message, out RemoteIdMessage decoded, out DecodeError error)
    {
        decoded = default;
        if (message.Length != MessageSize)
        {
            error = new DecodeError(message.Length < MessageSize ? message.Length : MessageSize, LengthReason(message.Length));
            return false;
        }

        byte version = (byte)(message[0] & 0x0F);
        error = default;
        switch ((RemoteIdMessageType)(message[0] >> 4))
        {
            case RemoteIdMessageType.BasicId:
                decoded = new RemoteIdMessage(BasicIdMessage.Read(message), version);
                return true;
            case RemoteIdMessageType.Location:
                if (!LocationMessage.TryRead(message, out LocationMessage location, out error))
                {
                    return false;
                }

                decoded = new RemoteIdMessage(location, version);
                return true;
            case RemoteIdMessageType.Authentication:
                if (!AuthenticationMessage.TryRead(message, out AuthenticationMessage authentication, out error))
                {
                    return false;
                }

                decoded = new RemoteIdMessage(authentication, version);
                return true;
            case RemoteIdMessageType.SelfId:
                decoded = new RemoteIdMessage(SelfIdMessage.Read(message), version);
                return true;
            case RemoteIdMessageType.System:
                if (!SystemMessage.TryRead(message, out SystemMessage system, out error))
                {
                    return false;
                }

                decoded = new RemoteIdMessage(system, version);
                return true;
            case RemoteIdMessageType.OperatorId:
                decoded = new RemoteIdMessage(OperatorIdMessage.Read(message), version);
                return true;
            case RemoteIdMessageType.MessagePack:
                error = new DecodeError(0, "message type 0xF is a message pack, not a single message");
                return false;
            default:
                error = new DecodeError(0, ReservedTypeReason(message[0] >> 4));
                return false;
        }
    }

    /// <summary>
    /// Decodes a message pack: header type 0xF, message size 25, a count of 0 to 9, then the messages
    /// (bytes after them are padding and ignored). Any message that does not decode rejects the pack.
    /// </summary>
    public static bool TryDecodePack(ReadOnlySpan<byte> pack, out RemoteIdMessagePack decoded, out DecodeError error)
    {
        decoded = default;
        Span<RemoteIdMessage> messages = stackalloc RemoteIdMessage[RemoteIdMessagePack.MaxMessages];
        if (pack.Length == 0)
        {
            error = new DecodeError(0, "message pack is empty");
            return false;
        }

        if (pack[0] >> 4 != (int)RemoteIdMessageType.MessagePack)
        {
            error = new DecodeError(0, "header is not a message pack (type 0xF)");
            return false;
        }

        if (!TryDecodePackMessages(pack, messages, out int count, out error))
        {
            return false;
        }

        decoded = new RemoteIdMessagePack(messages[..count], (byte)(pack[0] & 0x0F));
        return true;
    }

    /// <summary>
    /// Decodes whatever <paramref name="bytes"/> holds: one 25-byte message, or a message pack (by its
    /// header type 0xF), into <paramref name="destination"/>, which must have room for
    /// <see cref="RemoteIdMessagePack.MaxMessages"/> messages. The entry point for untrusted bytes.
    /// </summary>
    /// <exception cref="ArgumentException">The destination is shorter than nine messages (a caller bug, not bad input).</exception>
    public static bool TryDecodeMessages(ReadOnlySpan<byte> bytes, Span<RemoteIdMessage> destination, out int count, out DecodeError error)
    {
        if (destination.Length < RemoteIdMessagePack.MaxMessages)
        {
            throw new ArgumentException("The destination must hold nine messages.", nameof(destination));
        }

        count = 0;
        if (bytes.Length == 0)
        {
            error = new DecodeError(0, "no bytes");
            return false;
        }

        if (bytes[0] >> 4 == (int)RemoteIdMessageType.MessagePack)
        {
            return TryDecodePackMessages(bytes, destination, out count, out error);
        }

        if (!TryDecode(bytes, out destination[0], out error))
        {
            return false;
        }

        count = 1;
        return true;
    }

    private static bool TryDecodePackMessages(ReadOnlySpan<byte> pack, Span<RemoteIdMessage> destination, out int count, out DecodeError error)
    {
        count = 0;
        error = default;
        if (pack.Length < RemoteIdMessagePack.HeaderSize)
        {
            error = new DecodeError(pack.Length, $"message pack header needs 3 bytes, got {pack.Length}");
            return false;
        }

        if (pack[1] != MessageSize)
        {
            error = new DecodeError(1, $"message pack: message size is {pack[1]}, want 25");
            return false;
        }

        int n = pack[2];
        if (n > RemoteIdMessagePack.MaxMessages)
        {
            error = new DecodeError(2, $"message pack: {n} messages, at most 9");
            return false;
        }

        int needed = RemoteIdMessagePack.HeaderSize + (n * MessageSize);
        if (pack.Length < needed)
        {
            error = new DecodeError(pack.Length, $"message pack of {n} messages needs {needed} bytes, got {pack.Length}");
            return false;
        }

        for (int i = 0; i < n; i++)
        {
            int at = RemoteIdMessagePack.HeaderSize + (i * MessageSize);
            ReadOnlySpan<byte> message = pack.Slice(at, MessageSize);
            if (!TryDecode(message, out destination[i], out DecodeError inner))
            {
                error = new DecodeError(at + inner.Offset, $"message pack: message {i + 1}: {inner.Reason}");
                return false;
            }
        }

        count = n;
        return true;
    }

    private static string LengthReason(int length) => $"a message is 25 bytes, got {length}";

    private static string ReservedTypeReason(int type) => $"message type {type} is reserved";
}
