using System.Buffers.Binary;

namespace Vigil.Sensors.Capture;

/// <summary>
/// Reads the frames of a pcap or pcapng capture held in memory, recognised by content. Formats:
/// pcap (https://www.ietf.org/archive/id/draft-ietf-opsawg-pcap-04.html), microsecond or nanosecond
/// timestamps, either byte order; pcapng (draft-ietf-opsawg-pcapng): several sections, interfaces
/// with their own link types and if_tsresol, Enhanced, Simple and obsolete Packet Blocks; other
/// blocks are skipped. A malformed file yields the frames before the fault, then <see cref="Error"/>.
/// </summary>
public sealed class CaptureReader
{
    private const uint PcapMicros = 0xA1B2C3D4, PcapNanos = 0xA1B23C4D;
    private const uint SectionHeader = 0x0A0D0D0A, ByteOrderMagic = 0x1A2B3C4D;
    private const uint InterfaceDescription = 1, ObsoletePacket = 2, SimplePacket = 3, EnhancedPacket = 6;
    private const ushort OptionEnd = 0, OptionTsResolution = 9;

    private readonly ReadOnlyMemory<byte> _file;
    private readonly bool _pcapng;
    private readonly List<(int LinkType, long UnitsPerSecond)> _interfaces = [];
    private bool _bigEndian;
    private bool _nanos;
    private int _linkType;
    private int _position;
    private int _number;

    private CaptureReader(ReadOnlyMemory<byte> file, bool pcapng)
    {
        _file = file;
        _pcapng = pcapng;
    }

    /// <summary>The fault that ended reading, or null while reading goes well.</summary>
    public DecodeError? Error { get; private set; }

    /// <summary>Whether <paramref name="head"/> (the first four or more bytes of a file) starts a pcap or pcapng capture.</summary>
    public static bool IsCapture(ReadOnlySpan<byte> head)
    {
        if (head.Length < 4)
        {
            return false;
        }

        uint le = BinaryPrimitives.ReadUInt32LittleEndian(head);
        uint be = BinaryPrimitives.ReadUInt32BigEndian(head);
        return le is PcapMicros or PcapNanos || be is PcapMicros or PcapNanos || le == SectionHeader;
    }

    /// <summary>Opens a capture; a file that is neither pcap nor pcapng gives a reader whose <see cref="Error"/> says so.</summary>
    public static CaptureReader Open(ReadOnlyMemory<byte> file)
    {
        ReadOnlySpan<byte> span = file.Span;
        if (!IsCapture(span))
        {
            var unknown = new CaptureReader(file, pcapng: false);
            unknown.Fail(0, "not a pcap or pcapng capture (unknown magic number)");
            return unknown;
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(span) == SectionHeader)
        {
            return new CaptureReader(file, pcapng: true);
        }

        var reader = new CaptureReader(file, pcapng: false);
        reader.ReadPcapHeader();
        return reader;
    }

    /// <summary>Reads the next frame; false at the end of the file or at a fault (see <see cref="Error"/>).</summary>
    public bool TryRead(out CapturedFrame frame)
    {
        frame = default;
        if (Error is not null)
        {
            return false;
        }

        return _pcapng ? TryReadBlock(out frame) : TryReadRecord(out frame);
    }

    /// <summary>Every frame of the capture, and the fault that ended it if any.</summary>
    public static (List<CapturedFrame> Frames, DecodeError? Error) ReadAll(ReadOnlyMemory<byte> file)
    {
        CaptureReader reader = Open(file);
        var frames = new List<CapturedFrame>();
        while (reader.TryRead(out CapturedFrame frame))
        {
            frames.Add(frame);
        }

        return (frames, reader.Error);
    }

    private void ReadPcapHeader()
    {
        ReadOnlySpan<byte> span = _file.Span;
        if (span.Length < 24)
        {
            Fail(0, $"pcap global header needs 24 bytes, file has {span.Length}");
            return;
        }

        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(span);
        _bigEndian = magic is not (PcapMicros or PcapNanos);
        _nanos = (_bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(span) : magic) == PcapNanos;
        // LinkType and FCS share the last field: the link type is its low 16 bits.
        _linkType = (int)(U32(span, 20) & 0xFFFF);
        _position = 24;
    }

    private bool TryReadRecord(out CapturedFrame frame)
    {
        frame = default;
        ReadOnlySpan<byte> span = _file.Span;
        if (_position == span.Length)
        {
            return false;
        }

        if (span.Length - _position < 16)
        {
            return Fail(_position, $"pcap record header needs 16 bytes, {span.Length - _position} left");
        }

        uint seconds = U32(span, _position), fraction = U32(span, _position + 4);
        uint captured = U32(span, _position + 8);
        int data = _position + 16;
        if (captured > span.Length - data)
        {
            return Fail(_position + 8, $"pcap record {_number + 1}: captured length {captured} runs past the end of the file");
        }

        long ticks = _nanos ? fraction / 100 : fraction * 10L;
        frame = new CapturedFrame(++_number, data, _linkType, Timestamp(seconds, ticks), _file.Slice(data, (int)captured));
        _position = data + (int)captured;
        return true;
    }

    private bool TryReadBlock(out CapturedFrame frame)
    {
        frame = default;
        while (true)
        {
            ReadOnlySpan<byte> span = _file.Span;
            if (_position == span.Length)
            {
                return false;
            }

            if (span.Length - _position < 12)
            {
                return Fail(_position, $"pcapng block needs at least 12 bytes, {span.Length - _position} left");
            }

            uint type = BinaryPrimitives.ReadUInt32LittleEndian(span[_position..]);
            if (type == SectionHeader && !ReadSectionHeader(span))
            {
                return false;
            }

            type = U32(span, _position);
            uint length = U32(span, _position + 4);
            if (length < 12 || length % 4 != 0 || length > span.Length - _position)
            {
                return Fail(_position + 4, $"pcapng block length {length} is not a multiple of 4 between 12 and the bytes left");
            }

            int start = _position;
            ReadOnlySpan<byte> body = span.Slice(start + 8, (int)length - 12);
            _position = start + (int)length;
            switch (type)
            {
                case InterfaceDescription:
                    if (!ReadInterface(body, start))
                    {
                        return false;
                    }

                    continue;
                case EnhancedPacket or ObsoletePacket or SimplePacket:
                    return ReadPacket(type, body, start, out frame);
                default:
                    continue;
            }
        }
    }

    private bool ReadSectionHeader(ReadOnlySpan<byte> span)
    {
        if (span.Length - _position < 28)
        {
            return Fail(_position, "pcapng section header block is shorter than 28 bytes");
        }

        uint order = BinaryPrimitives.ReadUInt32LittleEndian(span[(_position + 8)..]);
        if (order == ByteOrderMagic)
        {
            _bigEndian = false;
        }
        else if (BinaryPrimitives.ReadUInt32BigEndian(span[(_position + 8)..]) == ByteOrderMagic)
        {
            _bigEndian = true;
        }
        else
        {
            return Fail(_position + 8, $"pcapng byte-order magic 0x{order:X8} is neither 0x1A2B3C4D nor its swap");
        }

        _interfaces.Clear();
        return true;
    }

    private bool ReadInterface(ReadOnlySpan<byte> body, int blockStart)
    {
        if (body.Length < 8)
        {
            return Fail(blockStart, "pcapng interface description block is shorter than 20 bytes");
        }

        int linkType = U16(body, 0);
        long unitsPerSecond = 1_000_000;
        for (int at = 8; at + 4 <= body.Length;)
        {
            ushort code = U16(body, at), length = U16(body, at + 2);
            if (code == OptionEnd)
            {
                break;
            }

            if (at + 4 + length > body.Length)
            {
                return Fail(blockStart + 8 + at, $"pcapng interface option {code} runs past the end of its block");
            }

            if (code == OptionTsResolution && length >= 1)
            {
                byte resolution = body[at + 4];
                int exponent = resolution & 0x7F;
                bool binary = (resolution & 0x80) != 0;
                if (binary ? exponent > 62 : exponent > 18)
                {
                    return Fail(blockStart + 12 + at, $"pcapng if_tsresol 0x{resolution:X2} is finer than Vigil can represent");
                }

                unitsPerSecond = binary ? 1L << exponent : (long)Math.Pow(10, exponent);
            }

            at += 4 + ((length + 3) & ~3);
        }

        _interfaces.Add((linkType, unitsPerSecond));
        return true;
    }

    private bool ReadPacket(uint type, ReadOnlySpan<byte> body, int blockStart, out CapturedFrame frame)
    {
        frame = default;
        int headerLength = type == SimplePacket ? 4 : 20;
        if (body.Length < headerLength)
        {
            return Fail(blockStart, $"pcapng packet block body is shorter than {headerLength} bytes");
        }

        int interfaceId = type switch
        {
            EnhancedPacket => (int)Math.Min(U32(body, 0), int.MaxValue),
            ObsoletePacket => U16(body, 0),
            _ => 0,
        };
        if (interfaceId >= _interfaces.Count)
        {
            return Fail(blockStart + 8, $"pcapng packet names interface {interfaceId}, but the section describes {_interfaces.Count}");
        }

        (int linkType, long unitsPerSecond) = _interfaces[interfaceId];
        uint captured;
        DateTimeOffset timestamp = DateTimeOffset.UnixEpoch;
        if (type == SimplePacket)
        {
            captured = Math.Min(U32(body, 0), (uint)(body.Length - 4));
        }
        else
        {
            ulong units = ((ulong)U32(body, 4) << 32) | U32(body, 8);
            captured = U32(body, 12);
            ulong seconds = units / (ulong)unitsPerSecond;
            ulong remainder = units % (ulong)unitsPerSecond;
            if (seconds > (ulong)(DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).TotalSeconds)
            {
                return Fail(blockStart + 12, "pcapng packet timestamp is beyond the year 9999");
            }

            timestamp = Timestamp(seconds, (long)(remainder * (UInt128)TimeSpan.TicksPerSecond / (ulong)unitsPerSecond));
        }

        if (captured > body.Length - headerLength)
        {
            return Fail(blockStart + 8 + (headerLength - 8), $"pcapng packet captured length {captured} runs past the end of its block");
        }

        int data = blockStart + 8 + headerLength;
        frame = new CapturedFrame(++_number, data, linkType, timestamp, _file.Slice(data, (int)captured));
        return true;
    }

    private static DateTimeOffset Timestamp(ulong seconds, long ticks) =>
        DateTimeOffset.UnixEpoch.AddTicks(checked((long)seconds * TimeSpan.TicksPerSecond) + ticks);

    private uint U32(ReadOnlySpan<byte> span, int at) =>
        _bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(span[at..]) : BinaryPrimitives.ReadUInt32LittleEndian(span[at..]);

    private ushort U16(ReadOnlySpan<byte> span, int at) =>
        _bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span[at..]) : BinaryPrimitives.ReadUInt16LittleEndian(span[at..]);

    private bool Fail(long offset, string reason)
    {
        Error = new DecodeError(offset, reason);
        return false;
    }
}
