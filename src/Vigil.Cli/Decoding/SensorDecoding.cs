using System.Text.Json;
using Vigil.Sensors;
using Vigil.Sensors.Asterix;
using Vigil.Sensors.Capture;
using Vigil.Sensors.RemoteId;
using Vigil.Sensors.Sapient;

namespace Vigil.Cli.Decoding;

/// <summary>The decoders behind <c>vigil decode</c>: each takes a whole file and writes one JSON line per record.</summary>
internal static class SensorDecoding
{
    /// <summary>Decodes <paramref name="file"/>, writing each record as one line to <paramref name="output"/>, reporting each rejection (offsets in the file).</summary>
    public delegate void FileDecoder(ReadOnlyMemory<byte> file, JsonLines output, Action<DecodeError> reject);

    /// <summary>ASTERIX: a capture's UDP payloads, each a datagram; any other file is one run of data blocks.</summary>
    public static void Asterix(ReadOnlyMemory<byte> file, JsonLines output, Action<DecodeError> reject)
    {
        if (!CaptureReader.IsCapture(file.Span))
        {
            Datagram(file.Span, 0, output, reject);
            return;
        }

        CaptureReader reader = CaptureReader.Open(file);
        while (reader.TryRead(out CapturedFrame frame))
        {
            if (!UdpDatagram.TryFind(frame.LinkType, frame.Data.Span, out UdpDatagram udp, out string reason))
            {
                reject(new DecodeError(frame.Offset, $"frame {frame.Number}: {reason}"));
                continue;
            }

            Datagram(frame.Data.Span.Slice(udp.PayloadOffset, udp.PayloadLength), frame.Offset + udp.PayloadOffset, output, reject);
        }

        if (reader.Error is { } error)
        {
            reject(error);
        }
    }

    /// <summary>SAPIENT: one message in proto3 JSON, or length-prefixed binary frames; every message is validated, only valid ones are printed.</summary>
    public static void Sapient(ReadOnlyMemory<byte> file, JsonLines output, Action<DecodeError> reject)
    {
        foreach (SapientFrame frame in SapientDecoder.Decode(file.Span))
        {
            if (frame.Message is not { } message)
            {
                reject(frame.Error ?? new DecodeError(frame.Offset, "unreadable frame"));
                continue;
            }

            IReadOnlyList<SapientProblem> problems = SapientValidator.Validate(message);
            foreach (SapientProblem problem in problems)
            {
                reject(new DecodeError(frame.Offset, $"invalid {message.ContentCase} message: {problem}"));
            }

            if (problems.Count == 0)
            {
                output.WriteRaw(SapientJson.Format(message));
            }
        }
    }

    /// <summary>
    /// Remote ID: a capture's Wi-Fi beacon, NAN and Bluetooth LE broadcasts (BLE packets that failed their CRC
    /// are rejected); any other file is a run of 25-byte messages and message packs.
    /// </summary>
    public static void RemoteId(ReadOnlyMemory<byte> file, JsonLines output, Action<DecodeError> reject)
    {
        if (CaptureReader.IsCapture(file.Span))
        {
            RemoteIdCaptureResult result = RemoteIdCaptureExtractor.Extract(file);
            foreach (CapturedRemoteIdMessage message in result.Messages)
            {
                output.Write(w => RemoteIdJson.Write(w, message));
            }

            foreach (RemoteIdFrameRejection rejection in result.Rejections)
            {
                reject(rejection.Error with { Reason = $"frame {rejection.FrameNumber}: {rejection.Error.Reason}" });
            }

            if (result.CaptureError is { } error)
            {
                reject(error);
            }

            return;
        }

        var messages = new RemoteIdMessage[RemoteIdMessagePack.MaxMessages];
        for (int at = 0; at < file.Length;)
        {
            ReadOnlySpan<byte> rest = file.Span[at..];
            // A pack is its 3-byte header and as many 25-byte messages as its count says; anything else is one message.
            int length = rest[0] >> 4 == (int)RemoteIdMessageType.MessagePack && rest.Length >= RemoteIdMessagePack.HeaderSize
                ? RemoteIdMessagePack.HeaderSize + (rest[2] * RemoteIdDecoder.MessageSize)
                : RemoteIdDecoder.MessageSize;
            ReadOnlySpan<byte> unit = rest[..Math.Min(length, rest.Length)];
            if (RemoteIdDecoder.TryDecodeMessages(unit, messages, out int count, out DecodeError error))
            {
                foreach (RemoteIdMessage message in messages.AsSpan(0, count))
                {
                    output.Write(w => RemoteIdJson.Write(w, message));
                }
            }
            else
            {
                reject(error with { Offset = at + error.Offset });
            }

            at += Math.Max(unit.Length, 1);
        }
    }

    private static void Datagram(ReadOnlySpan<byte> datagram, long offset, JsonLines output, Action<DecodeError> reject)
    {
        AsterixDecodeResult result = AsterixDecoder.Decode(datagram);
        foreach (AsterixDecodedRecord record in result.Records)
        {
            output.Write(w => AsterixJson.Write(w, record));
        }

        foreach (DecodeError error in result.Errors)
        {
            reject(error with { Offset = offset + error.Offset });
        }
    }
}
