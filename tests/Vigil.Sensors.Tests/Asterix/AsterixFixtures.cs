using System.Text.Json;
using Vigil.Sensors.Asterix;
using Vigil.Sensors.Capture;

namespace Vigil.Sensors.Tests.Asterix;

/// <summary>Reads the ASTERIX fixtures (testdata/asterix/SOURCE.md) and decodes their datagrams.</summary>
internal static class AsterixFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", "asterix", name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "testdata", "asterix", name));

    /// <summary>The UDP payloads of a capture, in order.</summary>
    public static List<byte[]> Datagrams(string capture)
    {
        (List<CapturedFrame> frames, DecodeError? error) = CaptureReader.ReadAll(Bytes(capture));
        Assert.Null(error);
        var payloads = new List<byte[]>();
        foreach (CapturedFrame frame in frames)
        {
            Assert.True(UdpDatagram.TryFind(frame.LinkType, frame.Data.Span, out UdpDatagram udp, out string reason), reason);
            payloads.Add(frame.Data.Span.Slice(udp.PayloadOffset, udp.PayloadLength).ToArray());
        }

        return payloads;
    }

    /// <summary>Every record of every datagram, with the datagram it came from, and the rejections.</summary>
    public static (List<(AsterixDecodedRecord Record, byte[] Datagram)> Records, List<DecodeError> Errors) DecodeAll(IEnumerable<byte[]> datagrams)
    {
        var records = new List<(AsterixDecodedRecord, byte[])>();
        var errors = new List<DecodeError>();
        foreach (byte[] datagram in datagrams)
        {
            AsterixDecodeResult result = AsterixDecoder.Decode(datagram);
            records.AddRange(result.Records.Select(r => (r, datagram)));
            errors.AddRange(result.Errors);
        }

        return (records, errors);
    }

    public static JsonElement Json(AsterixDecodedRecord record) => JsonDocument.Parse(AsterixJson.ToJson(record)).RootElement;

    public static string Hex(AsterixDecodedRecord record, byte[] datagram) =>
        Convert.ToHexString(datagram.AsSpan(record.Info.Offset, record.Info.Length));
}
