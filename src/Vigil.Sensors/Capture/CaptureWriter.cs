using System.Buffers.Binary;
using System.Text;

namespace Vigil.Sensors.Capture;

/// <summary>Writes captures that <see cref="CaptureReader"/> (and Wireshark) read: pcap and pcapng.</summary>
public static class CaptureWriter
{
    /// <summary>
    /// A pcap file (draft-ietf-opsawg-pcap): little-endian, microsecond timestamps, link type
    /// <paramref name="linkType"/>, a record per frame.
    /// </summary>
    public static byte[] Pcap(int linkType, IEnumerable<(DateTimeOffset At, byte[] Frame)> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var file = new MemoryStream();
        var writer = new BinaryWriter(file);
        writer.Write(0xA1B2C3D4u);
        writer.Write((ushort)2);
        writer.Write((ushort)4);
        writer.Write(0L);
        writer.Write(65535u);
        writer.Write((uint)linkType);
        foreach ((DateTimeOffset at, byte[] frame) in frames)
        {
            long micros = (at - DateTimeOffset.UnixEpoch).Ticks / 10;
            writer.Write((uint)(micros / 1_000_000));
            writer.Write((uint)(micros % 1_000_000));
            writer.Write((uint)frame.Length);
            writer.Write((uint)frame.Length);
            writer.Write(frame);
        }

        return file.ToArray();
    }

    /// <summary>
    /// A pcapng file (draft-ietf-opsawg-pcapng): a section, one interface of <paramref name="linkType"/> named
    /// <paramref name="interfaceName"/> with microsecond timestamps, an Enhanced Packet Block per frame.
    /// </summary>
    public static byte[] PcapNg(int linkType, string interfaceName, IEnumerable<(DateTimeOffset At, byte[] Frame)> frames)
    {
        ArgumentNullException.ThrowIfNull(interfaceName);
        ArgumentNullException.ThrowIfNull(frames);
        var file = new MemoryStream();
        Block(file, 0x0A0D0D0A, [0x4D, 0x3C, 0x2B, 0x1A, 1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
        byte[] name = Encoding.UTF8.GetBytes(interfaceName);
        var idb = new List<byte> { unchecked((byte)linkType), unchecked((byte)(linkType >> 8)), 0, 0, 0, 0, 0, 0 };
        idb.AddRange([2, 0, (byte)name.Length, (byte)(name.Length >> 8), .. name, .. new byte[Pad(name.Length)]]); // if_name
        idb.AddRange([9, 0, 1, 0, 6, 0, 0, 0]); // if_tsresol: microseconds
        idb.AddRange([0, 0, 0, 0]);
        Block(file, 1, [.. idb]);
        foreach ((DateTimeOffset at, byte[] frame) in frames)
        {
            ulong micros = (ulong)((at - DateTimeOffset.UnixEpoch).Ticks / 10);
            var epb = new byte[20 + frame.Length + Pad(frame.Length)];
            BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(4), (uint)(micros >> 32));
            BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(8), unchecked((uint)micros));
            BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(12), (uint)frame.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(epb.AsSpan(16), (uint)frame.Length);
            frame.CopyTo(epb, 20);
            Block(file, 6, epb);
        }

        return file.ToArray();
    }

    private static int Pad(int length) => (4 - (length % 4)) % 4;

    private static void Block(Stream stream, uint type, byte[] body)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(word, type);
        stream.Write(word);
        BinaryPrimitives.WriteUInt32LittleEndian(word, (uint)(12 + body.Length));
        stream.Write(word);
        stream.Write(body);
        stream.Write(word);
    }
}
