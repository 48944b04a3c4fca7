using System.Text;
using Google.Protobuf;
using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Sapient;

/// <summary>
/// Decodes SAPIENT input held in memory (a capture file): either one message in proto3 JSON (the first byte after
/// white space, and an optional UTF-8 byte-order mark, is '{') or a sequence of length-prefixed binary frames.
/// </summary>
public static class SapientDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Every message or rejected frame in <paramref name="input"/>, in order; never <see cref="SapientFrameStatus.End"/>.
    /// Decoding stops after a <see cref="SapientFrameStatus.Broken"/> frame. Messages are not validated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMessageBytes"/> is not positive.</exception>
    public static IReadOnlyList<SapientFrame> Decode(ReadOnlySpan<byte> input, int maxMessageBytes = SapientFrames.DefaultMaxMessageBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageBytes);
        var frames = new List<SapientFrame>();
        if (LooksLikeJson(input))
        {
            frames.Add(DecodeJson(input));
            return frames;
        }

        int offset = 0;
        while (offset < input.Length)
        {
            var rest = input[offset..];
            if (rest.Length < SapientFrames.PrefixBytes)
            {
                frames.Add(SapientFrame.Broken(new DecodeError(offset, $"stream ends {rest.Length} bytes into a frame"), offset));
                break;
            }

            uint length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(rest);
            if (!SapientFrames.LengthFits(length, maxMessageBytes, offset, out var tooBig))
            {
                frames.Add(SapientFrame.Broken(tooBig, offset));
                break;
            }

            if (rest.Length - SapientFrames.PrefixBytes < length)
            {
                frames.Add(SapientFrame.Broken(new DecodeError(offset, $"frame declares {length} bytes but only {rest.Length - SapientFrames.PrefixBytes} remain"), offset));
                break;
            }

            var payload = rest.Slice(SapientFrames.PrefixBytes, (int)length);
            byte[] packet = payload.ToArray();
            frames.Add(SapientFrames.TryParse(payload, offset + SapientFrames.PrefixBytes, out var message, out var error)
                ? SapientFrame.Ok(offset, message, packet)
                : SapientFrame.Malformed(error, offset, packet));
            offset += SapientFrames.PrefixBytes + (int)length;
        }

        return frames;
    }

    /// <summary>
    /// The fuzzing and checking entry point: decodes <paramref name="input"/> as <see cref="Decode"/> does and validates
    /// every message with <see cref="SapientValidator"/>. True when the input holds at least one message and every
    /// frame is a valid message; otherwise false with the first problem and its byte offset. Arbitrary bytes never
    /// make it throw; an exception from here is a bug. Fits <see cref="Fuzzing.DecodeProbe"/>:
    /// <c>Fuzzer.Run("sapient", SapientDecoder.TryDecode, seeds, inputs, seed)</c>.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> input, out DecodeError error)
    {
        var frames = Decode(input);
        if (frames.Count == 0)
        {
            error = new DecodeError(0, "no SAPIENT message in the input");
            return false;
        }

        foreach (var frame in frames)
        {
            if (frame.Status != SapientFrameStatus.Message)
            {
                error = frame.Error ?? new DecodeError(frame.Offset, "unreadable frame");
                return false;
            }

            var problems = SapientValidator.Validate(frame.Message!);
            if (problems.Count > 0)
            {
                error = new DecodeError(frame.Offset, $"invalid SapientMessage: {problems[0]}");
                return false;
            }
        }

        error = default;
        return true;
    }

    private static bool LooksLikeJson(ReadOnlySpan<byte> input)
    {
        if (input.StartsWith("\uFEFF"u8))
        {
            input = input[3..];
        }

        foreach (byte b in input)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }

    private static SapientFrame DecodeJson(ReadOnlySpan<byte> input)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(input);
        }
        catch (DecoderFallbackException e)
        {
            return SapientFrame.Malformed(new DecodeError(Math.Max(0, e.Index), "JSON input is not valid UTF-8"), 0, input.ToArray());
        }

        try
        {
            var message = JsonParser.Default.Parse<SapientMessage>(text.TrimStart('\uFEFF'));
            return SapientFrame.Ok(0, message, message.ToByteArray());
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException or OverflowException)
        {
            return SapientFrame.Malformed(new DecodeError(0, $"not a SapientMessage in proto3 JSON: {e.Message}"), 0, input.ToArray());
        }
    }
}
