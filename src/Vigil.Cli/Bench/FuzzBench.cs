using System.Globalization;
using Vigil.Sensors;
using Vigil.Sensors.Asterix;
using Vigil.Sensors.Capture;
using Vigil.Sensors.Fuzzing;
using Vigil.Sensors.RemoteId;
using Vigil.Sensors.Sapient;
using Vigil.Sensors.Sapient.Proto;
using Vigil.Simulation;
using Vigil.Simulation.Wire;

namespace Vigil.Cli.Bench;

/// <summary>
/// <c>vigil bench fuzz</c>: runs each decoder over well-formed seeds and their mutants (see
/// <see cref="ByteMutator"/>) and reports inputs, accepted, rejected, crashes (a throw, or a rejection
/// without a reason) and the slowest single input. Exit 1 if any decoder crashed.
/// </summary>
internal static class FuzzBench
{
    public static int Run(long inputs, int seed, string? only)
    {
        var targets = new List<(string Name, DecodeProbe Probe, IReadOnlyList<byte[]> Seeds)>
        {
            ("asterix", Asterix, AsterixSeeds()),
            ("capture", Capture, [Pcap(AsterixSeeds().Take(20))]),
            ("sapient", SapientDecoder.TryDecode, SapientSeeds()),
            ("remoteid", RemoteId, RemoteIdSeeds()),
            ("remoteid-capture", RemoteIdCapture, [RemoteIdCaptureSeed()]),
        };
        if (only is not null && targets.All(t => t.Name != only))
        {
            Console.Error.WriteLine($"vigil: no decoder '{only}' to fuzz (known: {string.Join(", ", targets.Select(t => t.Name))})");
            return Program.BadInput;
        }

        int crashed = 0;
        Console.WriteLine($"{"decoder",-16} {"inputs",12} {"accepted",12} {"rejected",12} {"crashes",8} {"inputs/s",12} {"slowest µs",11}");
        foreach ((string name, DecodeProbe probe, IReadOnlyList<byte[]> seeds) in targets)
        {
            if (only is not null && only != name)
            {
                continue;
            }

            FuzzReport r = Fuzzer.Run(name, probe, seeds, inputs, seed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Decoder,-16} {r.Inputs,12:N0} {r.Accepted,12:N0} {r.Rejected,12:N0} {r.Crashes,8:N0} {r.InputsPerSecond,12:N0} {r.SlowestInput.TotalMicroseconds,11:N0}"));
            if (r.FirstCrash is not null)
            {
                crashed++;
                Console.Error.WriteLine($"vigil: {name}: {r.FirstCrash}");
            }
        }

        return crashed == 0 ? Program.Ok : Program.Failed;
    }

    private static bool Asterix(ReadOnlySpan<byte> input, out DecodeError error)
    {
        var handler = new FirstError();
        AsterixDecoder.Decode(input, ref handler);
        error = handler.Error;
        return handler.Errors == 0;
    }

    private static bool Capture(ReadOnlySpan<byte> input, out DecodeError error)
    {
        CaptureReader reader = CaptureReader.Open(input.ToArray());
        while (reader.TryRead(out CapturedFrame frame))
        {
            if (UdpDatagram.TryFind(frame.LinkType, frame.Data.Span, out UdpDatagram udp, out _)
                && !Asterix(frame.Data.Span.Slice(udp.PayloadOffset, udp.PayloadLength), out error))
            {
                return false;
            }
        }

        error = reader.Error ?? default;
        return reader.Error is null;
    }

    /// <summary>Real radar traffic: the first datagrams the bundled scenario's radars send (north markers and plots).</summary>
    private static List<byte[]> AsterixSeeds()
    {
        Scenario scenario = Commands.ScenarioInput.Load(Commands.Paths.DefaultScenario, seed: null)
            ?? throw new InvalidOperationException("The bundled scenario does not load.");
        SimulationRun run = new Simulator(scenario with { Duration = TimeSpan.FromMinutes(2) }).Run();
        return [.. AsterixRadarFeed.Datagrams(run).Take(200).Select(d => d.Payload)];
    }

    /// <summary>
    /// Real node traffic: a counter-drone node's registration and first status and detection reports, each as a
    /// length-prefixed binary frame and in proto3 JSON, and a few runs of frames as a TCP stream carries them.
    /// </summary>
    private static List<byte[]> SapientSeeds()
    {
        Scenario scenario = Commands.ScenarioInput.Load(Path.Combine(Commands.Paths.ScenarioDirectory, "2025-11-26-badakhshan-tajikistan.yaml"), seed: null)
            ?? throw new InvalidOperationException("The bundled Badakhshan scenario does not load.");
        SimulationRun run = new Simulator(scenario with { Duration = TimeSpan.FromMinutes(1) }).Run();
        List<SapientMessage> messages =
            [SapientNodeFeed.Registration(SapientNodeFeed.Nodes(scenario)[0], scenario.Start), .. SapientNodeFeed.Messages(run).Take(150).Select(m => m.Message)];
        var seeds = new List<byte[]>();
        foreach (SapientMessage message in messages)
        {
            seeds.Add(SapientFrames.Encode(message));
            seeds.Add(System.Text.Encoding.UTF8.GetBytes(SapientJson.Format(message)));
        }

        for (int i = 0; i + 5 <= messages.Count; i += 25)
        {
            seeds.Add([.. messages.Skip(i).Take(5).SelectMany(SapientFrames.Encode)]);
        }

        return seeds;
    }

    private static bool RemoteId(ReadOnlySpan<byte> input, out DecodeError error)
    {
        Span<RemoteIdMessage> messages = stackalloc RemoteIdMessage[RemoteIdMessagePack.MaxMessages];
        return RemoteIdDecoder.TryDecodeMessages(input, messages, out _, out error);
    }

    private static bool RemoteIdCapture(ReadOnlySpan<byte> input, out DecodeError error)
    {
        RemoteIdCaptureResult result = RemoteIdCaptureExtractor.Extract(input.ToArray());
        error = result.CaptureError ?? (result.Rejections.Count > 0 ? result.Rejections[0].Error : default);
        return result.CaptureError is null && result.Rejections.Count == 0;
    }

    /// <summary>The first minute of what the Badakhshan scenario's Remote ID receiver records: a pcapng of beacons.</summary>
    private static byte[] RemoteIdCaptureSeed()
    {
        Scenario scenario = Commands.ScenarioInput.Load(Path.Combine(Commands.Paths.ScenarioDirectory, "2025-11-26-badakhshan-tajikistan.yaml"), seed: null)
            ?? throw new InvalidOperationException("The bundled Badakhshan scenario does not load.");
        SimulationRun run = new Simulator(scenario with { Duration = TimeSpan.FromMinutes(4) }).Run();
        return RemoteIdFeed.Captures(run)[0].Capture;
    }

    /// <summary>Every message type and message packs of them, built by the encoder.</summary>
    private static List<byte[]> RemoteIdSeeds()
    {
        DateTimeOffset at = new(2026, 6, 30, 1, 20, 0, TimeSpan.Zero);
        RemoteIdMessage[] messages =
        [
            new(new BasicIdMessage(UasIdType.SerialNumber, UaType.HelicopterOrMultirotor, "PKFC0001XYZ")),
            new(new LocationMessage(OperationalStatus.Airborne, 31.5, 69.4, 2300, 2290, 120, HeightReference.AboveTakeoff, 95, 18.5, -1,
                HorizontalAccuracy.Within3M, VerticalAccuracy.Within3M, VerticalAccuracy.Within10M, SpeedAccuracy.Within1Mps, TimeSpan.FromSeconds(1234.5), TimeSpan.FromSeconds(0.2))),
            new(AuthenticationMessage.FirstPage(AuthenticationType.MessageSetSignature, 1, 30, at, new byte[17])),
            new(AuthenticationMessage.NextPage(AuthenticationType.MessageSetSignature, 1, new byte[23])),
            new(new SelfIdMessage(SelfIdDescriptionType.Text, "border survey")),
            new(new SystemMessage(OperatorLocationType.LiveGnss, 31.4, 69.3, 1500, at, ClassificationType.EuropeanUnion, EuCategory.Open, EuClass.Class1, 1, 0, 0, 0)),
            new(new OperatorIdMessage("PAK-OP-77")),
        ];
        var seeds = new List<byte[]>();
        var buffer = new byte[RemoteIdMessagePack.HeaderSize + (RemoteIdMessagePack.MaxMessages * RemoteIdDecoder.MessageSize)];
        foreach (RemoteIdMessage message in messages)
        {
            seeds.Add(buffer[..RemoteIdEncoder.Encode(message, buffer)]);
        }

        seeds.Add(buffer[..RemoteIdEncoder.Encode(new RemoteIdMessagePack(messages), buffer)]);
        return seeds;
    }

    /// <summary>A pcap (Ethernet, IPv4, UDP) of the datagrams.</summary>
    private static byte[] Pcap(IEnumerable<byte[]> datagrams) =>
        CaptureWriter.Pcap(LinkTypes.Ethernet, datagrams.Select(payload => (DateTimeOffset.UnixEpoch, (byte[])[.. new byte[12], 0x08, 0x00, .. Ipv4Udp(payload)])));

    private static byte[] Ipv4Udp(byte[] payload)
    {
        int total = 20 + 8 + payload.Length;
        var packet = new byte[total];
        packet[0] = 0x45;
        packet[2] = (byte)(total >> 8);
        packet[3] = (byte)total;
        packet[8] = 64;
        packet[9] = 17;
        packet[22] = 0x1F; // destination port 8000
        packet[23] = 0x40;
        packet[24] = (byte)((8 + payload.Length) >> 8);
        packet[25] = (byte)(8 + payload.Length);
        payload.CopyTo(packet, 28);
        return packet;
    }

    private struct FirstError : IAsterixHandler
    {
        public DecodeError Error;
        public int Errors;

        public readonly void OnCat048(in Cat048Record record, in AsterixRecordInfo info)
        {
        }

        public readonly void OnCat034(Cat034Record record, in AsterixRecordInfo info)
        {
        }

        public readonly void OnCat062(Cat062Record record, in AsterixRecordInfo info)
        {
        }

        public readonly void OnCat065(Cat065Record record, in AsterixRecordInfo info)
        {
        }

        public void OnError(in DecodeError error)
        {
            if (Errors++ == 0)
            {
                Error = error;
            }
        }
    }
}
