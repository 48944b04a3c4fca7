using System.Buffers.Binary;
using Vigil.Sensors.Capture;

namespace Vigil.Sensors.RemoteId;

/// <summary>
/// Finds and decodes the Remote ID broadcasts in one captured frame (ASTM F3411-22a section 5.4.4 and
/// the Open Drone ID receiver code in opendroneid-core-c wifi.c):
/// <list type="bullet">
/// <item>IEEE 802.11 (with or without radiotap): a beacon's vendor-specific element (0xDD) with OUI
/// FA:0B:BC and type 0x0D holds a message counter and a message pack;</item>
/// <item>a Wi-Fi Aware (NAN) service discovery frame, a public action frame (category 4, action 9,
/// OUI 50:6F:9A type 0x13), holds a Service Descriptor attribute for service ID 88 69 19 9D 92 09
/// (the first 6 bytes of SHA-256("org.opendroneid.remoteid")) whose service info is a counter and a pack;</item>
/// <item>Bluetooth LE (Nordic sniffer header, or bare link layer): a legacy or extended
/// advertisement with service data (AD type 0x16) for UUID 0xFFFA, application code 0x0D, a counter
/// and one message (Bluetooth 4) or a message pack (Bluetooth 5). Packets whose CRC failed are rejected.</item>
/// </list>
/// No frame makes it throw; offsets in errors are into the frame.
/// </summary>
public static class RemoteIdFrameDecoder
{
    /// <summary>Room a destination must have: four Remote ID elements of nine messages each.</summary>
    public const int MaxMessagesPerFrame = 36;

    private const byte VendorSpecificElement = 0xDD;
    private const byte OdidOuiType = 0x0D;
    private const byte NanServiceDescriptor = 0x03;
    private const uint BleAdvertisingAccessAddress = 0x8E89BED6;
    private const ushort OdidServiceUuid = 0xFFFA;
    private const byte OdidAppCode = 0x0D;

    private static ReadOnlySpan<byte> OdidOui => [0xFA, 0x0B, 0xBC];

    private static ReadOnlySpan<byte> NanHeader => [0x04, 0x09, 0x50, 0x6F, 0x9A, 0x13];

    private static ReadOnlySpan<byte> OdidServiceId => [0x88, 0x69, 0x19, 0x9D, 0x92, 0x09];

    /// <summary>Decodes the Remote ID messages of <paramref name="frame"/> into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="MaxMessagesPerFrame"/> (a caller bug).</exception>
    public static RemoteIdFrameStatus Decode(in CapturedFrame frame, Span<CapturedRemoteIdMessage> destination, out int count, out DecodeError error) =>
        Decode(frame.LinkType, frame.Data.Span, frame.Number, frame.Timestamp, destination, out count, out error);

    /// <summary>Decodes the Remote ID messages of a frame of the given link type into <paramref name="destination"/>.</summary>
    /// <param name="linkType">The frame's <see cref="LinkTypes"/> value: 105, 127, 251 or 272; others are not Remote ID.</param>
    /// <param name="frame">The frame's bytes, from the link-layer header.</param>
    /// <param name="frameNumber">Its number in the capture, copied to each message.</param>
    /// <param name="receivedAt">When it was received, copied to each message.</param>
    /// <param name="destination">Room for <see cref="MaxMessagesPerFrame"/> messages.</param>
    /// <param name="count">How many messages were written.</param>
    /// <param name="error">Why the frame was rejected, when it was.</param>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="MaxMessagesPerFrame"/> (a caller bug).</exception>
    public static RemoteIdFrameStatus Decode(
        int linkType,
        ReadOnlySpan<byte> frame,
        int frameNumber,
        DateTimeOffset receivedAt,
        Span<CapturedRemoteIdMessage> destination,
        out int count,
        out DecodeError error)
    {
        if (destination.Length < MaxMessagesPerFrame)
        {
            throw new ArgumentException($"The destination must hold {MaxMessagesPerFrame} messages.", nameof(destination));
        }

        var sink = new Sink(destination, frameNumber, receivedAt);
        error = default;
        RemoteIdFrameStatus status = linkType switch
        {
            LinkTypes.Ieee80211Radiotap => Radiotap(frame, ref sink, out error),
            LinkTypes.Ieee80211 => Wifi(frame, 0, frame.Length, ref sink, out error),
            LinkTypes.NordicBle => Nordic(frame, ref sink, out error),
            LinkTypes.BluetoothLeLl => BleLinkLayer(frame, 0, coded: false, ref sink, out error),
            _ => RemoteIdFrameStatus.NotRemoteId,
        };
        count = status == RemoteIdFrameStatus.Decoded ? sink.Count : 0;
        return status;
    }

    private static RemoteIdFrameStatus Radiotap(ReadOnlySpan<byte> frame, ref Sink sink, out DecodeError error)
    {
        error = default;
        if (frame.Length < 8)
        {
            return Reject(out error, frame.Length, "radiotap header needs 8 bytes");
        }

        if (frame[0] != 0)
        {
            return Reject(out error, 0, $"radiotap version {frame[0]}, want 0");
        }

        int length = BinaryPrimitives.ReadUInt16LittleEndian(frame[2..]);
        if (length < 8 || length > frame.Length)
        {
            return Reject(out error, 2, $"radiotap length {length} is not between 8 and the frame's {frame.Length} bytes");
        }

        // The present bitmaps (bit 31 chains another word), then the fields in bit order, each aligned
        // to its size. Only TSFT (bit 0, 8 bytes) can come before Flags (bit 1), whose 0x10 bit says
        // the frame ends with a 4-byte FCS.
        int at = 4;
        uint first = BinaryPrimitives.ReadUInt32LittleEndian(frame[4..]);
        uint present = first;
        while ((present & 0x8000_0000) != 0)
        {
            at += 4;
            if (at + 4 > length)
            {
                return Reject(out error, at, "radiotap present bitmaps run past the header");
            }

            present = BinaryPrimitives.ReadUInt32LittleEndian(frame[at..]);
        }

        at += 4;
        int end = frame.Length;
        if ((first & 1) != 0)
        {
            at = ((at + 7) & ~7) + 8;
        }

        if ((first & 2) != 0)
        {
            if (at >= length)
            {
                return Reject(out error, at, "radiotap flags field runs past the header");
            }

            if ((frame[at] & 0x10) != 0)
            {
                end -= 4;
            }
        }

        if (end < length)
        {
            return Reject(out error, length, "802.11 frame is shorter than its FCS");
        }

        return Wifi(frame, length, end, ref sink, out error);
    }

    private static RemoteIdFrameStatus Wifi(ReadOnlySpan<byte> frame, int start, int end, ref Sink sink, out DecodeError error)
    {
        error = default;
        ReadOnlySpan<byte> mac = frame[start..end];
        if (mac.Length < 2)
        {
            return Reject(out error, start, "802.11 frame control needs 2 bytes");
        }

        int type = (mac[0] >> 2) & 3, subtype = mac[0] >> 4;
        bool beacon = type == 0 && subtype == 8;
        bool action = type == 0 && subtype is 13 or 14;
        if (!beacon && !action)
        {
            return RemoteIdFrameStatus.NotRemoteId;
        }

        if ((mac[1] & 0x40) != 0)
        {
            return RemoteIdFrameStatus.NotRemoteId; // protected: not a broadcast Remote ID frame
        }

        int header = (mac[1] & 0x80) != 0 ? 28 : 24; // the Order bit adds an HT Control field
        if (mac.Length < header)
        {
            return Reject(out error, start + mac.Length, $"802.11 management header needs {header} bytes, frame has {mac.Length}");
        }

        sink.Sender = SenderAddress.FromBytes(mac.Slice(10, 6));
        return beacon
            ? Beacon(mac, header, start, ref sink, out error)
            : NanAction(mac, header, start, ref sink, out error);
    }

    private static RemoteIdFrameStatus Beacon(ReadOnlySpan<byte> mac, int header, int start, ref Sink sink, out DecodeError error)
    {
        error = default;
        int at = header + 12; // timestamp, beacon interval, capability
        if (at > mac.Length)
        {
            return Reject(out error, start + mac.Length, "beacon fixed fields run past the end of the frame");
        }

        sink.Transport = RemoteIdTransport.WifiBeacon;
        bool found = false;
        while (at < mac.Length)
        {
            if (at + 2 > mac.Length || at + 2 + mac[at + 1] > mac.Length)
            {
                return Reject(out error, start + at, $"information element {(at < mac.Length ? mac[at] : 0)} runs past the end of the frame");
            }

            byte id = mac[at];
            ReadOnlySpan<byte> element = mac.Slice(at + 2, mac[at + 1]);
            if (id == VendorSpecificElement && element.Length >= 4 && element[..3].SequenceEqual(OdidOui) && element[3] == OdidOuiType)
            {
                found = true;
                if (element.Length < 5)
                {
                    return Reject(out error, start + at + 6, "Remote ID vendor element has no message counter");
                }

                if (!sink.Add(element[4], element[5..], start + at + 7, out error))
                {
                    return RemoteIdFrameStatus.Rejected;
                }
            }

            at += 2 + element.Length;
        }

        return found ? RemoteIdFrameStatus.Decoded : RemoteIdFrameStatus.NotRemoteId;
    }

    private static RemoteIdFrameStatus NanAction(ReadOnlySpan<byte> mac, int header, int start, ref Sink sink, out DecodeError error)
    {
        error = default;
        ReadOnlySpan<byte> body = mac[header..];
        if (!body.StartsWith(NanHeader))
        {
            return RemoteIdFrameStatus.NotRemoteId;
        }

        sink.Transport = RemoteIdTransport.WifiNan;
        bool found = false;
        int at = NanHeader.Length;
        while (at < body.Length)
        {
            if (at + 3 > body.Length)
            {
                return Reject(out error, start + header + at, "NAN attribute header runs past the end of the frame");
            }

            int length = BinaryPrimitives.ReadUInt16LittleEndian(body[(at + 1)..]);
            if (at + 3 + length > body.Length)
            {
                return Reject(out error, start + header + at + 1, $"NAN attribute {body[at]} of {length} bytes runs past the end of the frame");
            }

            ReadOnlySpan<byte> attribute = body.Slice(at + 3, length);
            int attributeStart = start + header + at + 3;
            if (body[at] == NanServiceDescriptor && attribute.Length >= 6 && attribute[..6].SequenceEqual(OdidServiceId))
            {
                found = true;
                if (!ServiceDescriptor(attribute, attributeStart, ref sink, out error))
                {
                    return RemoteIdFrameStatus.Rejected;
                }
            }

            at += 3 + length;
        }

        return found ? RemoteIdFrameStatus.Decoded : RemoteIdFrameStatus.NotRemoteId;
    }

    // Service Descriptor attribute (Wi-Fi Aware 9.5.3.2): service ID (6), instance ID, requestor
    // instance ID, service control, then as the control bits say: binding bitmap (bit 6, 2 bytes),
    // matching filter (bit 2), service response filter (bit 3), service info (bit 4), each with a length byte.
    private static bool ServiceDescriptor(ReadOnlySpan<byte> sda, int offset, ref Sink sink, out DecodeError error)
    {
        error = default;
        if (sda.Length < 9)
        {
            return Fail(out error, offset + sda.Length, "NAN service descriptor is shorter than 9 bytes");
        }

        byte control = sda[8];
        int at = 9;
        if ((control & 0x40) != 0)
        {
            at += 2;
        }

        for (int bit = 2; bit <= 3; bit++)
        {
            if ((control & (1 << bit)) != 0)
            {
                if (at >= sda.Length)
                {
                    return Fail(out error, offset + Math.Min(at, sda.Length), "NAN service descriptor filter runs past the attribute");
                }

                at += 1 + sda[at];
            }
        }

        if ((control & 0x10) == 0)
        {
            return Fail(out error, offset + 8, "NAN Remote ID service descriptor has no service info");
        }

        if (at >= sda.Length || at + 1 + sda[at] > sda.Length)
        {
            return Fail(out error, offset + Math.Min(at, sda.Length), "NAN service info runs past the attribute");
        }

        ReadOnlySpan<byte> info = sda.Slice(at + 1, sda[at]);
        if (info.Length < 1)
        {
            return Fail(out error, offset + at, "NAN service info has no message counter");
        }

        return sink.Add(info[0], info[1..], offset + at + 2, out error);
    }

    // Nordic Semiconductor sniffer header (LINKTYPE_NORDIC_BLE): board ID, then either
    // header length, payload length, protocol version 1 or payload length (2 bytes), protocol version
    // 2 or 3; packet counter (2), packet ID; then the packet header: its length, flags (bit 0 CRC OK,
    // bits 4-6 PHY: 2 is LE Coded), channel, RSSI, event counter (2), timestamp (4). The link-layer
    // packet follows the packet header.
    private static RemoteIdFrameStatus Nordic(ReadOnlySpan<byte> frame, ref Sink sink, out DecodeError error)
    {
        error = default;
        if (frame.Length < 9)
        {
            return Reject(out error, frame.Length, "Nordic BLE header needs 9 bytes");
        }

        byte version = frame[3];
        byte packetId = frame[6];
        bool advertisingPacket = version switch
        {
            1 => packetId == 0x06,
            2 or 3 => packetId is 0x02 or 0x06,
            _ => false,
        };
        if (!advertisingPacket)
        {
            return version is 1 or 2 or 3
                ? RemoteIdFrameStatus.NotRemoteId
                : Reject(out error, 3, $"Nordic BLE protocol version {version} is not 1, 2 or 3");
        }

        int packet = 7 + frame[7];
        if (frame[7] < 2 || packet > frame.Length)
        {
            return Reject(out error, 7, $"Nordic BLE packet header length {frame[7]} runs past the frame");
        }

        byte flags = frame[8];
        if ((flags & 1) == 0)
        {
            return Reject(out error, 8, "Bluetooth LE packet failed its CRC check (sniffer flag)");
        }

        bool coded = version >= 2 && ((flags >> 4) & 7) == 2;
        return BleLinkLayer(frame, packet, coded, ref sink, out error);
    }

    // Link layer: access address (4), the coding indicator on the LE Coded PHY (1), PDU header (2),
    // PDU, CRC (3). Advertising PDU types: ADV_IND 0, ADV_NONCONN_IND 2, SCAN_RSP 4, ADV_SCAN_IND 6
    // (advertiser address, then AD structures) and the extended ADV_EXT_IND/AUX_ADV_IND/AUX_CHAIN_IND 7
    // (Common Extended Advertising Payload Format: extended header, then AD structures).
    private static RemoteIdFrameStatus BleLinkLayer(ReadOnlySpan<byte> frame, int start, bool coded, ref Sink sink, out DecodeError error)
    {
        error = default;
        int at = start;
        if (frame.Length - at < 4)
        {
            return Reject(out error, at, "Bluetooth LE access address runs past the frame");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(frame[at..]) != BleAdvertisingAccessAddress)
        {
            return RemoteIdFrameStatus.NotRemoteId;
        }

        at += coded ? 5 : 4;
        if (frame.Length - at < 2)
        {
            return Reject(out error, Math.Min(at, frame.Length), "Bluetooth LE PDU header runs past the frame");
        }

        int pduType = frame[at] & 0x0F, length = frame[at + 1];
        int payload = at + 2;
        if (frame.Length - payload < length)
        {
            return Reject(out error, at + 1, $"Bluetooth LE PDU length {length} runs past the frame");
        }

        ReadOnlySpan<byte> pdu = frame.Slice(payload, length);
        switch (pduType)
        {
            case 0 or 2 or 4 or 6:
                if (pdu.Length < 6)
                {
                    return Reject(out error, payload, "Bluetooth LE advertisement is shorter than its address");
                }

                sink.Transport = RemoteIdTransport.BluetoothLegacy;
                sink.Sender = SenderAddress.FromLittleEndianBytes(pdu[..6]);
                return AdvertisingData(pdu[6..], payload + 6, ref sink, out error);
            case 7:
                return Extended(pdu, payload, ref sink, out error);
            default:
                return RemoteIdFrameStatus.NotRemoteId;
        }
    }

    private static RemoteIdFrameStatus Extended(ReadOnlySpan<byte> pdu, int offset, ref Sink sink, out DecodeError error)
    {
        error = default;
        if (pdu.Length < 1)
        {
            return Reject(out error, offset, "Bluetooth LE extended advertisement is empty");
        }

        int headerLength = pdu[0] & 0x3F;
        if (1 + headerLength > pdu.Length)
        {
            return Reject(out error, offset, $"Bluetooth LE extended header length {headerLength} runs past the PDU");
        }

        sink.Transport = RemoteIdTransport.BluetoothExtended;
        sink.Sender = default;
        if (headerLength > 0)
        {
            byte flags = pdu[1];
            int at = 2, end = 1 + headerLength;
            ReadOnlySpan<int> sizes = [6, 6, 1, 2, 3, 18, 1]; // AdvA, TargetA, CTEInfo, ADI, AuxPtr, SyncInfo, TxPower
            for (int bit = 0; bit < sizes.Length; bit++)
            {
                if ((flags & (1 << bit)) == 0)
                {
                    continue;
                }

                if (at + sizes[bit] > end)
                {
                    return Reject(out error, offset + 1, "Bluetooth LE extended header fields run past its length");
                }

                if (bit == 0)
                {
                    sink.Sender = SenderAddress.FromLittleEndianBytes(pdu.Slice(at, 6));
                }

                at += sizes[bit];
            }
        }

        return AdvertisingData(pdu[(1 + headerLength)..], offset + 1 + headerLength, ref sink, out error);
    }

    private static RemoteIdFrameStatus AdvertisingData(ReadOnlySpan<byte> data, int offset, ref Sink sink, out DecodeError error)
    {
        error = default;
        bool found = false;
        int at = 0;
        while (at < data.Length)
        {
            int length = data[at];
            if (length == 0)
            {
                break; // the rest is padding
            }

            if (at + 1 + length > data.Length)
            {
                return Reject(out error, offset + at, $"AD structure of {length} bytes runs past the advertisement");
            }

            ReadOnlySpan<byte> ad = data.Slice(at + 1, length);
            if (ad[0] == 0x16 && ad.Length >= 4 && BinaryPrimitives.ReadUInt16LittleEndian(ad[1..]) == OdidServiceUuid && ad[3] == OdidAppCode)
            {
                found = true;
                if (ad.Length < 5)
                {
                    return Reject(out error, offset + at + 5, "Remote ID service data has no message counter");
                }

                if (!sink.Add(ad[4], ad[5..], offset + at + 6, out error))
                {
                    return RemoteIdFrameStatus.Rejected;
                }
            }

            at += 1 + length;
        }

        return found ? RemoteIdFrameStatus.Decoded : RemoteIdFrameStatus.NotRemoteId;
    }

    private static RemoteIdFrameStatus Reject(out DecodeError error, int offset, string reason)
    {
        error = new DecodeError(offset, reason);
        return RemoteIdFrameStatus.Rejected;
    }

    private static bool Fail(out DecodeError error, int offset, string reason)
    {
        error = new DecodeError(offset, reason);
        return false;
    }

    private ref struct Sink(Span<CapturedRemoteIdMessage> destination, int frameNumber, DateTimeOffset receivedAt)
    {
        private readonly Span<CapturedRemoteIdMessage> _destination = destination;

        public int Count { get; private set; }

        public RemoteIdTransport Transport { get; set; }

        public SenderAddress Sender { get; set; }

        /// <summary>Decodes one message or pack behind a transport counter; <paramref name="offset"/> is where it starts in the frame.</summary>
        public bool Add(byte counter, ReadOnlySpan<byte> payload, int offset, out DecodeError error)
        {
            Span<RemoteIdMessage> messages = stackalloc RemoteIdMessage[RemoteIdMessagePack.MaxMessages];
            if (payload.Length == 0)
            {
                return Fail(out error, offset, "Remote ID payload is empty");
            }

            ReadOnlySpan<byte> bytes = payload;
            if (payload[0] >> 4 != (int)RemoteIdMessageType.MessagePack && payload.Length > RemoteIdDecoder.MessageSize)
            {
                bytes = payload[..RemoteIdDecoder.MessageSize]; // a single message with padding after it
            }

            if (!RemoteIdDecoder.TryDecodeMessages(bytes, messages, out int n, out DecodeError inner))
            {
                return Fail(out error, offset + (int)inner.Offset, inner.Reason);
            }

            if (Count + n > _destination.Length)
            {
                return Fail(out error, offset, $"frame carries more than {_destination.Length} Remote ID messages");
            }

            for (int i = 0; i < n; i++)
            {
                _destination[Count++] = new CapturedRemoteIdMessage(messages[i], Transport, Sender, counter, frameNumber, receivedAt);
            }

            error = default;
            return true;
        }
    }
}
