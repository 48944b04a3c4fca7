using System.Buffers.Binary;
using System.Text;

namespace Vigil.Server.Tests;

/// <summary>One track record as the bytes say, fields raw.</summary>
internal sealed record FrameTrack(
    uint Id, int LatE6, int LonE6, int AtMs, short AltM, ushort SpeedDms, ushort HeadingCdeg,
    byte Class, byte Probability, byte Flags, string? Sector, string? UasId);

/// <summary>One trail point: µdeg, µdeg, ms after the frame's <c>at</c>.</summary>
internal readonly record struct FramePoint(int LatE6, int LonE6, int AtMs);

/// <summary>A decoded frame: header fields, and per kind its tracks, removed ids, strings and trails, or its loss counts.</summary>
internal sealed record DecodedFrame(
    int Length, byte Kind, double At, double Sent, double HistoryFrom,
    IReadOnlyList<string> Strings, IReadOnlyList<FrameTrack> Tracks, IReadOnlyList<uint> Removed,
    IReadOnlyList<IReadOnlyList<FramePoint>>? Trails, uint Lost, uint LostTotal)
{
    public DateTimeOffset AtTime => DateTimeOffset.UnixEpoch.AddTicks((long)(At * TimeSpan.TicksPerMillisecond));

    public DateTimeOffset SentTime => DateTimeOffset.UnixEpoch.AddTicks((long)(Sent * TimeSpan.TicksPerMillisecond));
}

/// <summary>
/// Reads track frames as docs/track-frames.md lays them out, written from the document alone (it
/// shares no code with the server's encoder). Every rule the document states is checked: the length,
/// the version, zeroed reserved fields and padding, string indices, section sizes that add up to
/// the frame exactly.
/// </summary>
internal static class FrameDecoder
{
    private const int Header = 48;
    private const ushort None = 0xFFFF;

    /// <summary>Decodes one whole frame (length field included); fails the test on any breach of the format.</summary>
    public static DecodedFrame Decode(ReadOnlySpan<byte> f)
    {
        Assert.True(f.Length >= Header, $"a frame of {f.Length} bytes, want at least the {Header}-byte header");
        int length = (int)U32(f, 0);
        Assert.Equal(f.Length, 4 + length);
        byte kind = f[4];
        Assert.Equal(1, f[5]);
        Assert.Equal(0, U16(f, 6));
        double at = BinaryPrimitives.ReadDoubleLittleEndian(f[8..]);
        double sent = BinaryPrimitives.ReadDoubleLittleEndian(f[16..]);
        double historyFrom = BinaryPrimitives.ReadDoubleLittleEndian(f[24..]);
        uint trackCount = U32(f, 32), removedCount = U32(f, 36), stringCount = U32(f, 40), pointCount = U32(f, 44);
        Assert.False(double.IsNaN(sent), "sent is always the server's clock");

        switch (kind)
        {
            case 3:
                Assert.Equal(Header + 8, f.Length);
                Assert.Equal((0u, 0u, 0u, 0u), (trackCount, removedCount, stringCount, pointCount));
                return new DecodedFrame(length, kind, at, sent, historyFrom, [], [], [], null, U32(f, Header), U32(f, Header + 4));
            case 4:
                Assert.Equal(Header, f.Length);
                Assert.Equal((0u, 0u, 0u, 0u), (trackCount, removedCount, stringCount, pointCount));
                return new DecodedFrame(length, kind, at, sent, historyFrom, [], [], [], null, 0, 0);
            case 1 or 2:
                break;
            default:
                Assert.Fail($"kind {kind}, want 1 to 4");
                break;
        }

        Assert.InRange(trackCount, 0u, 1024u);
        int p = Header;
        var strings = new List<string>();
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        for (int i = 0; i < stringCount; i++)
        {
            int n = U16(f, p);
            strings.Add(utf8.GetString(f.Slice(p + 2, n)));
            p += 2 + n;
        }

        Assert.True(strings.Distinct().Count() == strings.Count, "each string once: " + string.Join(", ", strings));
        p = Zeros(f, p);
        var tracks = new List<FrameTrack>();
        for (int i = 0; i < trackCount; i++, p += 32)
        {
            ReadOnlySpan<byte> r = f.Slice(p, 32);
            Assert.Equal(0, r[25]);
            Assert.Equal(0, U16(r, 30));
            Assert.InRange((int)r[22], 0, 3);
            Assert.Equal(0, r[24] & ~7);
            ushort heading = U16(r, 20);
            Assert.InRange((int)heading, 0, 35_999);
            tracks.Add(new FrameTrack(U32(r, 0), I32(r, 4), I32(r, 8), I32(r, 12), BinaryPrimitives.ReadInt16LittleEndian(r[16..]),
                U16(r, 18), heading, r[22], r[23], r[24], Str(strings, U16(r, 26)), Str(strings, U16(r, 28))));
        }

        var removed = new List<uint>();
        for (int i = 0; i < removedCount; i++, p += 4)
        {
            removed.Add(U32(f, p));
        }

        List<IReadOnlyList<FramePoint>>? trails = null;
        if (pointCount > 0)
        {
            var counts = new int[trackCount];
            for (int i = 0; i < trackCount; i++, p += 2)
            {
                counts[i] = U16(f, p);
            }

            p = Zeros(f, p);
            Assert.Equal((long)pointCount, counts.Sum(c => (long)c));
            trails = [];
            foreach (int count in counts)
            {
                var points = new List<FramePoint>();
                for (int k = 0; k < count; k++, p += 12)
                {
                    points.Add(new FramePoint(I32(f, p), I32(f, p + 4), I32(f, p + 8)));
                }

                trails.Add(points);
            }
        }

        Assert.Equal(f.Length, p);
        return new DecodedFrame(length, kind, at, sent, historyFrom, strings, tracks, removed, trails, 0, 0);
    }

    /// <summary>Cuts a byte sequence into frames and decodes each.</summary>
    public static List<DecodedFrame> DecodeAll(ReadOnlySpan<byte> bytes)
    {
        var frames = new List<DecodedFrame>();
        while (bytes.Length > 0)
        {
            Assert.True(bytes.Length >= 4, $"{bytes.Length} bytes left over after {frames.Count} frames");
            int size = 4 + (int)U32(bytes, 0);
            Assert.True(size <= bytes.Length, $"frame {frames.Count} says {size} bytes, {bytes.Length} are left");
            frames.Add(Decode(bytes[..size]));
            bytes = bytes[size..];
        }

        return frames;
    }

    /// <summary>Degrees from µdeg.</summary>
    public static double Deg(int e6) => e6 / 1e6;

    /// <summary>Checks the padding from <paramref name="p"/> to the next multiple of 4 is zeros; returns the aligned offset.</summary>
    private static int Zeros(ReadOnlySpan<byte> f, int p)
    {
        while (p % 4 != 0)
        {
            Assert.True(f[p] == 0, $"padding byte {p} is {f[p]}, want 0");
            p++;
        }

        return p;
    }

    private static string? Str(List<string> strings, ushort index)
    {
        if (index == None)
        {
            return null;
        }

        Assert.True(index < strings.Count, $"string index {index}, the frame has {strings.Count}");
        return strings[index];
    }

    private static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b[at..]);

    private static int I32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadInt32LittleEndian(b[at..]);

    private static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b[at..]);
}
