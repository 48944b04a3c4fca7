using System.Buffers.Binary;
using Vigil.Sensors.Capture;

namespace Vigil.Sensors.Tests.Capture;

public class CaptureReaderTest
{
    private static byte[] Fixture(string path) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", path));

    [Theory]
    [InlineData("remoteid/odid_wifi_bcn_sample.pcap", 21, LinkTypes.Ieee80211Radiotap)]
    [InlineData("remoteid/odid_wifi_sample.pcap", 63, LinkTypes.Ieee80211Radiotap)]
    [InlineData("remoteid/odid_bt5_lr_sample.pcapng", 274, LinkTypes.NordicBle)]
    public void Reads_every_frame_of_the_fixtures(string path, int frames, int linkType)
    {
        (List<CapturedFrame> read, DecodeError? error) = CaptureReader.ReadAll(Fixture(path));

        Assert.Null(error);
        Assert.Equal(frames, read.Count);
        Assert.All(read, f => Assert.Equal(linkType, f.LinkType));
        Assert.Equal(Enumerable.Range(1, frames), read.Select(f => f.Number));
        Assert.All(read, f => Assert.InRange(f.Timestamp.Year, 2015, 2030));
    }

    [Fact]
    public void Finds_the_asterix_payload_of_every_udp_frame()
    {
        (List<CapturedFrame> frames, DecodeError? error) = CaptureReader.ReadAll(Fixture("asterix/cat_034_048.pcap"));

        Assert.Null(error);
        Assert.NotEmpty(frames);
        foreach (CapturedFrame frame in frames)
        {
            Assert.True(UdpDatagram.TryFind(frame.LinkType, frame.Data.Span, out UdpDatagram udp, out string reason), reason);
            ReadOnlySpan<byte> payload = frame.Data.Span.Slice(udp.PayloadOffset, udp.PayloadLength);
            // An ASTERIX data block: category 34 or 48, then its length, which the datagram holds whole.
            Assert.Contains(payload[0], new byte[] { 34, 48 });
            Assert.InRange(BinaryPrimitives.ReadUInt16BigEndian(payload[1..]), 3, payload.Length);
        }
    }

    [Fact]
    public void Pcap_and_pcapng_timestamps_keep_their_resolution()
    {
        byte[] pcap = Pcap(nanos: true, seconds: 1_700_000_000, fraction: 123_456_789);
        byte[] pcapng = PcapNg(tsresol: 9, units: 1_700_000_000_123_456_789UL);

        CapturedFrame a = Assert.Single(CaptureReader.ReadAll(pcap).Frames);
        CapturedFrame b = Assert.Single(CaptureReader.ReadAll(pcapng).Frames);

        DateTimeOffset expected = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).AddTicks(1_234_567);
        Assert.Equal(expected, a.Timestamp);
        Assert.Equal(expected, b.Timestamp);
        Assert.Equal(new byte[] { 1, 2, 3 }, a.Data.ToArray());
        Assert.Equal(new byte[] { 1, 2, 3 }, b.Data.ToArray());
    }

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        DateTimeOffset at = new(2026, 6, 30, 1, 20, 0, TimeSpan.Zero);
        (DateTimeOffset, byte[])[] frames = [(at, [1, 2, 3]), (at.AddTicks(15), [4, 5, 6, 7, 8])];

        foreach (byte[] file in new[] { CaptureWriter.Pcap(LinkTypes.Raw, frames), CaptureWriter.PcapNg(LinkTypes.NordicBle, "rx-1", frames) })
        {
            (List<CapturedFrame> read, DecodeError? error) = CaptureReader.ReadAll(file);

            Assert.Null(error);
            Assert.Equal([at, at.AddTicks(10)], read.Select(f => f.Timestamp)); // microsecond resolution: 1.5 µs rounds down to 1
            Assert.Equal(frames.Select(f => f.Item2), read.Select(f => f.Data.ToArray()));
        }

        Assert.Equal(LinkTypes.NordicBle, CaptureReader.ReadAll(CaptureWriter.PcapNg(LinkTypes.NordicBle, "rx-1", frames)).Frames[0].LinkType);
    }

    [Fact]
    public void A_truncated_record_ends_reading_with_its_offset()
    {
        byte[] pcap = Pcap(nanos: false, seconds: 1, fraction: 0);
        (List<CapturedFrame> frames, DecodeError? error) = CaptureReader.ReadAll(pcap.AsMemory(0, pcap.Length - 1));

        Assert.Empty(frames);
        Assert.NotNull(error);
        Assert.Equal(32, error.Value.Offset);
        Assert.Contains("runs past the end", error.Value.Reason);
    }

    [Fact]
    public void Other_content_is_not_a_capture()
    {
        CaptureReader reader = CaptureReader.Open(new byte[] { 0x30, 0x00, 0x03 });

        Assert.False(reader.TryRead(out _));
        Assert.Contains("not a pcap or pcapng", reader.Error?.Reason);
    }

    [Fact]
    public void Random_and_mutated_captures_never_throw()
    {
        var random = new Random(5);
        byte[][] seeds = [Fixture("remoteid/odid_bt5_lr_sample.pcapng"), Fixture("asterix/cat_034_048.pcap"), PcapNg(9, 42)];
        for (int i = 0; i < 3000; i++)
        {
            byte[] input = (byte[])seeds[i % seeds.Length].Clone();
            for (int flips = random.Next(1, 8); flips > 0; flips--)
            {
                input[random.Next(Math.Min(input.Length, 200))] = (byte)random.Next(256);
            }

            (List<CapturedFrame> frames, DecodeError? error) = CaptureReader.ReadAll(input.AsMemory(0, random.Next(input.Length + 1)));
            Assert.True(error is null || error.Value.Reason.Length > 0);
            Assert.All(frames, f => Assert.True(f.Offset + f.Data.Length <= input.Length));
        }
    }

    private static byte[] Pcap(bool nanos, uint seconds, uint fraction)
    {
        var bytes = new byte[24 + 16 + 3];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, nanos ? 0xA1B23C4D : 0xA1B2C3D4);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(20), LinkTypes.Raw);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), seconds);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(28), fraction);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(32), 3);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(36), 3);
        bytes.AsSpan(40).SetValues(1, 2, 3);
        return bytes;
    }

    private static byte[] PcapNg(byte tsresol, ulong units)
    {
        var stream = new MemoryStream();
        void Block(uint type, byte[] body)
        {
            var length = (uint)(12 + body.Length);
            Span<byte> word = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(word, type);
            stream.Write(word);
            BinaryPrimitives.WriteUInt32LittleEndian(word, length);
            stream.Write(word);
            stream.Write(body);
            stream.Write(word);
        }

        Block(0x0A0D0D0A, [0x4D, 0x3C, 0x2B, 0x1A, 1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
        Block(1, [LinkTypes.Raw, 0, 0, 0, 0, 0, 0, 0, 9, 0, 1, 0, tsresol, 0, 0, 0, 0, 0, 0, 0]);
        var epb = new byte[20 + 4];
        BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(4), (uint)(units >> 32));
        BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(8), (uint)units);
        BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(12), 3);
        BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(16), 3);
        epb.AsSpan(20).SetValues(1, 2, 3);
        Block(6, epb);
        return stream.ToArray();
    }
}

internal static class SpanFill
{
    public static void SetValues(this Span<byte> span, params byte[] values) => values.CopyTo(span);
}
