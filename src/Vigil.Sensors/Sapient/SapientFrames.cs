using System.Buffers;
using System.Buffers.Binary;
using Google.Protobuf;
using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Sapient;

/// <summary>
/// SAPIENT's TCP framing: each message is a 4-byte little-endian unsigned length followed by that many bytes of
/// protobuf-encoded <see cref="SapientMessage"/>.
/// </summary>
public static class SapientFrames
{
    /// <summary>Size of the length prefix in bytes.</summary>
    public const int PrefixBytes = 4;

    /// <summary>Default largest payload a reader accepts: 4 MiB, far above any real SAPIENT message.</summary>
    public const int DefaultMaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>The frame for <paramref name="message"/>: prefix and payload.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static byte[] Encode(SapientMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        int size = message.CalculateSize();
        var frame = new byte[PrefixBytes + size];
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)size);
        message.WriteTo(frame.AsSpan(PrefixBytes));
        return frame;
    }

    /// <summary>Writes the frame for <paramref name="message"/> into <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IBufferWriter<byte> output, SapientMessage message)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(message);
        int size = message.CalculateSize();
        Span<byte> span = output.GetSpan(PrefixBytes + size);
        BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)size);
        message.WriteTo(span.Slice(PrefixBytes, size));
        output.Advance(PrefixBytes + size);
    }

    /// <summary>Writes the frame for <paramref name="message"/> to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, SapientMessage message)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Encode(message));
    }

    /// <summary>Writes the frame for <paramref name="message"/> to <paramref name="stream"/> and flushes it.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async ValueTask WriteAsync(Stream stream, SapientMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(Encode(message), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks a frame's declared length; false with the reason when it exceeds <paramref name="maxMessageBytes"/>.</summary>
    internal static bool LengthFits(uint length, int maxMessageBytes, long offset, out DecodeError error)
    {
        if (length > (uint)maxMessageBytes)
        {
            error = new DecodeError(offset, $"frame declares {length} bytes, more than the limit of {maxMessageBytes}");
            return false;
        }

        error = default;
        return true;
    }

    /// <summary>Parses one payload; false with the reason when it is not a SapientMessage.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> payload, long payloadOffset, out SapientMessage message, out DecodeError error)
    {
        try
        {
            message = SapientMessage.Parser.ParseFrom(payload);
            error = default;
            return true;
        }
        catch (InvalidProtocolBufferException e)
        {
            message = null!;
            error = new DecodeError(payloadOffset, $"{payload.Length}-byte frame is not a SapientMessage: {e.Message}");
            return false;
        }
    }
}
