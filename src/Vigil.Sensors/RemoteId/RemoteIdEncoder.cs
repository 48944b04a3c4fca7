namespace Vigil.Sensors.RemoteId;

/// <summary>
/// Encodes Remote ID messages and message packs to their broadcast form (the inverse of
/// <see cref="RemoteIdDecoder"/>; reserved bits are written as zero).
/// </summary>
public static class RemoteIdEncoder
{
    /// <summary>Writes the 25 bytes of <paramref name="message"/>; returns 25.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than 25 bytes.</exception>
    public static int Encode(in RemoteIdMessage message, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, RemoteIdDecoder.MessageSize, nameof(destination));
        Span<byte> m = destination[..RemoteIdDecoder.MessageSize];
        m.Clear();
        m[0] = (byte)(((int)message.Type << 4) | message.ProtocolVersion);
        switch (message.Type)
        {
            case RemoteIdMessageType.BasicId:
                message.BasicId.Write(m);
                break;
            case RemoteIdMessageType.Location:
                message.Location.Write(m);
                break;
            case RemoteIdMessageType.Authentication:
                message.Authentication.Write(m);
                break;
            case RemoteIdMessageType.SelfId:
                message.SelfId.Write(m);
                break;
            case RemoteIdMessageType.System:
                message.System.Write(m);
                break;
            default:
                message.OperatorId.Write(m);
                break;
        }

        return RemoteIdDecoder.MessageSize;
    }

    /// <summary>Writes <paramref name="pack"/>: 3 header bytes and 25 per message; returns the byte count.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="RemoteIdMessagePack.EncodedSize"/>.</exception>
    public static int Encode(in RemoteIdMessagePack pack, Span<byte> destination)
    {
        int size = pack.EncodedSize;
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, size, nameof(destination));
        destination[0] = (byte)(((int)RemoteIdMessageType.MessagePack << 4) | pack.ProtocolVersion);
        destination[1] = RemoteIdDecoder.MessageSize;
        destination[2] = (byte)pack.Count;
        ReadOnlySpan<RemoteIdMessage> messages = pack.Messages;
        for (int i = 0; i < messages.Length; i++)
        {
            Encode(messages[i], destination.Slice(RemoteIdMessagePack.HeaderSize + (i * RemoteIdDecoder.MessageSize)));
        }

        return size;
    }
}
