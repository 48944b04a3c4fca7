using System.Text.Json;
using Vigil.Sensors;
using Vigil.Sensors.Asterix;
using Vigil.Sensors.Capture;

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
