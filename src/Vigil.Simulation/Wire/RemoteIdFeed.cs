using System.Security.Cryptography;
using System.Text;
using Vigil.Core;
using Vigil.Geo;
using Vigil.Sensors.Capture;
using Vigil.Sensors.RemoteId;

namespace Vigil.Simulation.Wire;

/// <summary>
/// What the scenario's Remote ID receivers hear: each cooperative target broadcasts, once a second
/// while it flies, a Wi-Fi beacon (ASTM F3411-22a §5.4.5 broadcast over Wi-Fi beacon: a vendor-specific
/// element with the ASD-STAN OUI FA:0B:BC, type 0x0D, a message counter and a message pack) holding
/// Basic ID, Location/Vector, System (with the operator's position) and Operator ID. A receiver hears
/// the beacons sent within its range and records them, as a Wi-Fi monitor does, in a pcapng capture
/// (radiotap link type) stamped <see cref="ReceiveLatency"/> after they were sent.
/// </summary>
public static class RemoteIdFeed
{
    /// <summary>From broadcast to capture timestamp.</summary>
    public static readonly TimeSpan ReceiveLatency = TimeSpan.FromMilliseconds(5);

    private static readonly byte[] Oui = [0xFA, 0x0B, 0xBC];

    /// <summary>Each receiver's capture of <paramref name="run"/>, by receiver.</summary>
    public static IReadOnlyList<(RemoteIdReceiver Receiver, byte[] Capture)> Captures(SimulationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var broadcasts = new List<(DateTimeOffset At, GeoPoint Position, byte[] Frame)>();
        foreach (TargetSpec spec in run.Scenario.Targets)
        {
            if (spec.RemoteId is not { } id)
            {
                continue;
            }

            TruthTarget truth = run.Truth.First(t => t.Id == spec.Id);
            int sent = 0;
            foreach (TruthState state in truth.States)
            {
                // The message counter is one byte and wraps, as the standard has it.
                broadcasts.Add((state.At, state.Position, Beacon(id, state, unchecked((byte)sent++))));
            }
        }

        broadcasts.Sort((a, b) => a.At.CompareTo(b.At));
        var captures = new List<(RemoteIdReceiver, byte[])>();
        foreach (RemoteIdReceiver receiver in run.Scenario.RemoteIdReceivers)
        {
            var frame = new LocalFrame(receiver.Position);
            var heard = broadcasts.Where(b => frame.ToEnu(b.Position).Length <= receiver.RangeM).Select(b => (b.At + ReceiveLatency, b.Frame));
            captures.Add((receiver, CaptureWriter.PcapNg(LinkTypes.Ieee80211Radiotap, receiver.Id.Value, heard)));
        }

        return captures;
    }

    /// <summary>A locally administered unicast MAC address that stays the same for a UAS ID.</summary>
    public static byte[] MacAddress(string uasId)
    {
        byte[] mac = SHA256.HashData(Encoding.ASCII.GetBytes(uasId))[..6];
        mac[0] = (byte)((mac[0] & 0xFC) | 0x02);
        return mac;
    }

    private static byte[] Beacon(RemoteIdBroadcast id, TruthState state, byte counter)
    {
        DateTimeOffset at = state.At;
        TimeSpan afterHour = TimeSpan.FromTicks(at.UtcTicks % TimeSpan.TicksPerHour);
        GeoPoint p = state.Position;
        RemoteIdMessage[] messages =
        [
            new(new BasicIdMessage(UasIdType.SerialNumber, UaType.HelicopterOrMultirotor, id.UasId)),
            new(new LocationMessage(OperationalStatus.Airborne, p.LatitudeDeg, p.LongitudeDeg,
                geodeticAltitudeM: p.AltitudeM, heightM: p.AltitudeM - id.Operator.AltitudeM, trackDeg: state.HeadingDeg,
                speedMps: state.SpeedMps, verticalSpeedMps: Math.Clamp(state.ClimbMps, -62, 62),
                horizontalAccuracy: HorizontalAccuracy.Within3M, geodeticAltitudeAccuracy: VerticalAccuracy.Within3M,
                speedAccuracy: SpeedAccuracy.Within1Mps, timeAfterHour: afterHour, timestampAccuracy: TimeSpan.FromSeconds(0.1))),
            new(new SystemMessage(OperatorLocationType.LiveGnss, id.Operator.LatitudeDeg, id.Operator.LongitudeDeg, id.Operator.AltitudeM, at)),
            new(new OperatorIdMessage(id.OperatorId)),
        ];
        var pack = new byte[RemoteIdMessagePack.HeaderSize + (messages.Length * RemoteIdDecoder.MessageSize)];
        int packLength = RemoteIdEncoder.Encode(new RemoteIdMessagePack(messages), pack);

        byte[] mac = MacAddress(id.UasId);
        byte[] ssid = Encoding.ASCII.GetBytes(id.UasId);
        var frame = new List<byte>(128)
        {
            0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, // radiotap: version 0, length 8, no fields
            0x80, 0x00, 0x00, 0x00,                         // 802.11 beacon, no flags, duration 0
            0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,             // to everyone
        };
        frame.AddRange(mac); // transmitter
        frame.AddRange(mac); // BSSID
        frame.AddRange([unchecked((byte)(counter << 4)), (byte)(counter >> 4)]); // sequence control
        frame.AddRange(new byte[8]); // TSF timestamp
        frame.AddRange([0x64, 0x00, 0x01, 0x00]); // beacon interval 100 TU, capability ESS
        frame.AddRange([0x00, (byte)ssid.Length, .. ssid]);
        frame.AddRange([0xDD, (byte)(Oui.Length + 2 + packLength), .. Oui, 0x0D, counter, .. pack.AsSpan(0, packLength)]);
        return [.. frame];
    }
}
