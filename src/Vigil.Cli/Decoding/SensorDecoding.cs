using System.Text.Json;
using Vigil.Sensors;
using Vigil.Sensors.Asterix;
using Vigil.Sensors.Capture;
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
