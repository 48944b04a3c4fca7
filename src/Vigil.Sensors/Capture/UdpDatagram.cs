using System.Buffers.Binary;

namespace Vigil.Sensors.Capture;

/// <summary>Where a UDP payload sits in a captured frame, and its ports.</summary>
/// <param name="PayloadOffset">Offset of the payload in the frame.</param>
/// <param name="PayloadLength">Length of the payload in bytes.</param>
/// <param name="SourcePort">UDP source port.</param>
/// <param name="DestinationPort">UDP destination port.</param>
public readonly record struct UdpDatagram(int PayloadOffset, int PayloadLength, ushort SourcePort, ushort DestinationPort)
{
    private const int EtherTypeIpv4 = 0x0800, EtherTypeIpv6 = 0x86DD, EtherTypeVlan = 0x8100, EtherTypeQinQ = 0x88A8;
    private const byte ProtocolUdp = 17;

    /// <summary>
    /// Finds the UDP payload in a frame of the given link type (Ethernet with VLAN tags, BSD loopback,
    /// raw IP, Linux cooked v1/v2) over IPv4 (RFC 791) or IPv6 (RFC 8200). A frame that is not UDP, or
    /// an IPv4 fragment (not reassembled), gives false and a reason.
    /// </summary>
    public static bool TryFind(int linkType, ReadOnlySpan<byte> frame, out UdpDatagram datagram, out string reason)
    {
        datagram = default;
        int at;
        int etherType;
        switch (linkType)
        {
            case LinkTypes.Ethernet:
                at = 12;
                if (frame.Length < 14)
                {
                    reason = "Ethernet header is shorter than 14 bytes";
                    return false;
                }

                etherType = BinaryPrimitives.ReadUInt16BigEndian(frame[at..]);
                while (etherType is EtherTypeVlan or EtherTypeQinQ && frame.Length >= at + 6)
                {
                    at += 4;
                    etherType = BinaryPrimitives.ReadUInt16BigEndian(frame[at..]);
                }

                at += 2;
                break;
            case LinkTypes.Null:
                at = 4;
                etherType = frame.Length > 4 ? IpVersion(frame[4]) : 0;
                break;
            case LinkTypes.Raw:
                at = 0;
                etherType = frame.Length > 0 ? IpVersion(frame[0]) : 0;
                break;
            case LinkTypes.LinuxSll:
                at = 16;
                etherType = frame.Length >= 16 ? BinaryPrimitives.ReadUInt16BigEndian(frame[14..]) : 0;
                break;
            case LinkTypes.LinuxSll2:
                at = 20;
                etherType = frame.Length >= 20 ? BinaryPrimitives.ReadUInt16BigEndian(frame) : 0;
                break;
            default:
                reason = $"link type {linkType} does not carry IP";
                return false;
        }

        return etherType switch
        {
            EtherTypeIpv4 => TryIpv4(frame, at, out datagram, out reason),
            EtherTypeIpv6 => TryIpv6(frame, at, out datagram, out reason),
            _ => Fail(out reason, $"not IPv4 or IPv6 (ethertype 0x{etherType:X4})"),
        };
    }

    private static int IpVersion(byte first) => (first >> 4) switch
    {
        4 => EtherTypeIpv4,
        6 => EtherTypeIpv6,
        _ => 0,
    };

    private static bool TryIpv4(ReadOnlySpan<byte> frame, int at, out UdpDatagram datagram, out string reason)
    {
        datagram = default;
        if (frame.Length < at + 20)
        {
            return Fail(out reason, "IPv4 header is cut short");
        }

        int headerLength = (frame[at] & 0x0F) * 4;
        int totalLength = BinaryPrimitives.ReadUInt16BigEndian(frame[(at + 2)..]);
        ushort fragment = BinaryPrimitives.ReadUInt16BigEndian(frame[(at + 6)..]);
        if (headerLength < 20 || totalLength < headerLength)
        {
            return Fail(out reason, $"IPv4 header length {headerLength} or total length {totalLength} is invalid");
        }

        if ((fragment & 0x3FFF) != 0)
        {
            return Fail(out reason, "IPv4 fragment (fragments are not reassembled)");
        }

        if (frame[at + 9] != ProtocolUdp)
        {
            return Fail(out reason, $"IP protocol {frame[at + 9]} is not UDP");
        }

        int end = Math.Min(frame.Length, at + totalLength);
        return TryUdp(frame[..end], at + headerLength, out datagram, out reason);
    }

    private static bool TryIpv6(ReadOnlySpan<byte> frame, int at, out UdpDatagram datagram, out string reason)
    {
        datagram = default;
        if (frame.Length < at + 40)
        {
            return Fail(out reason, "IPv6 header is cut short");
        }

        if (frame[at + 6] != ProtocolUdp)
        {
            return Fail(out reason, $"IPv6 next header {frame[at + 6]} is not UDP (extension headers are not followed)");
        }

        int end = Math.Min(frame.Length, at + 40 + BinaryPrimitives.ReadUInt16BigEndian(frame[(at + 4)..]));
        return TryUdp(frame[..end], at + 40, out datagram, out reason);
    }

    private static bool TryUdp(ReadOnlySpan<byte> packet, int at, out UdpDatagram datagram, out string reason)
    {
        datagram = default;
        if (packet.Length < at + 8)
        {
            return Fail(out reason, "UDP header is cut short");
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(packet[(at + 4)..]);
        if (length < 8 || at + length > packet.Length)
        {
            return Fail(out reason, $"UDP length {length} does not fit the {packet.Length - at} bytes captured");
        }

        datagram = new UdpDatagram(at + 8, length - 8,
            BinaryPrimitives.ReadUInt16BigEndian(packet[at..]), BinaryPrimitives.ReadUInt16BigEndian(packet[(at + 2)..]));
        reason = "";
        return true;
    }

    private static bool Fail(out string reason, string why)
    {
        reason = why;
        return false;
    }
}
