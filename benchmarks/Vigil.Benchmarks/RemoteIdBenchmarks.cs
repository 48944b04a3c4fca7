using BenchmarkDotNet.Attributes;
using Vigil.Sensors;
using Vigil.Sensors.RemoteId;

namespace Vigil.Benchmarks;

/// <summary>
/// Remote ID decoding over 4,608 messages of a broadcast-like mix (per 20: 8 Location, 4 Basic ID,
/// 3 System, 2 Operator ID, 2 Self-ID, 1 Authentication), as single 25-byte messages and as the same
/// messages in packs of 9. Results are per message (OperationsPerInvoke); nothing should be allocated.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RemoteIdBenchmarks
{
    private const int Count = 4608;
    private const int PerPack = 9;
    private const int PackSize = 3 + (PerPack * 25);

    private readonly byte[] _messages = new byte[Count * 25];
    private readonly byte[] _packs = new byte[Count / PerPack * PackSize];
    private readonly RemoteIdMessage[] _decoded = new RemoteIdMessage[Count];

    [GlobalSetup]
    public void Setup()
    {
        ReadOnlySpan<int> mix = [1, 0, 1, 4, 1, 5, 1, 3, 0, 1, 4, 1, 0, 2, 1, 4, 5, 0, 3, 1];
        var random = new Random(3411);
        var uasIds = new[] { "1596A123456789012345", "MFG1A0123456789", "SSEVTFG93700070" };
        for (int i = 0; i < Count; i++)
        {
            RemoteIdMessage message = mix[i % mix.Length] switch
            {
                0 => new(new BasicIdMessage(UasIdType.SerialNumber, UaType.HelicopterOrMultirotor, uasIds[random.Next(uasIds.Length)])),
                1 => new(new LocationMessage(
                    OperationalStatus.Airborne, 36 + random.NextDouble(), 70 + random.NextDouble(), 1200 + (random.NextDouble() * 500),
                    1190, 120, HeightReference.AboveTakeoff, random.NextDouble() * 360, random.NextDouble() * 40, (random.NextDouble() * 10) - 5,
                    HorizontalAccuracy.Within10M, VerticalAccuracy.Within10M, VerticalAccuracy.Within25M, SpeedAccuracy.Within1Mps,
                    TimeSpan.FromSeconds(random.Next(3600)), TimeSpan.FromSeconds(0.2))),
                2 => new(AuthenticationMessage.FirstPage(AuthenticationType.MessageSetSignature, 3, 80, new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), [1, 2, 3, 4, 5])),
                3 => new(new SelfIdMessage(SelfIdDescriptionType.Text, "Survey flight")),
                4 => new(new SystemMessage(OperatorLocationType.LiveGnss, 36.5, 70.5, 1100, new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), ClassificationType.EuropeanUnion, EuCategory.Open, EuClass.Class1)),
                _ => new(new OperatorIdMessage("FIN87astrdge12kxyz8")),
            };
            RemoteIdEncoder.Encode(message, _messages.AsSpan(i * 25));
        }

        for (int p = 0; p < Count / PerPack; p++)
        {
            Span<byte> pack = _packs.AsSpan(p * PackSize, PackSize);
            pack[0] = 0xF2;
            pack[1] = 25;
            pack[2] = PerPack;
            _messages.AsSpan(p * PerPack * 25, PerPack * 25).CopyTo(pack[3..]);
        }

        for (int i = 0; i < Count; i++)
        {
            RemoteIdDecoder.TryDecode(_messages.AsSpan(i * 25, 25), out _decoded[i], out _);
        }
    }

    /// <summary>One 25-byte message at a time, as from Bluetooth 4 advertisements.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long DecodeMessage()
    {
        long sum = 0;
        ReadOnlySpan<byte> all = _messages;
        for (int i = 0; i < Count; i++)
        {
            if (RemoteIdDecoder.TryDecode(all.Slice(i * 25, 25), out _decoded[i], out DecodeError _))
            {
                sum += (int)_decoded[i].Type;
            }
        }

        return sum;
    }

    /// <summary>Message packs of nine, as from Wi-Fi beacons, NAN and Bluetooth 5; per message.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long DecodePack()
    {
        long sum = 0;
        ReadOnlySpan<byte> all = _packs;
        Span<RemoteIdMessage> decoded = _decoded;
        for (int p = 0; p < Count / PerPack; p++)
        {
            if (RemoteIdDecoder.TryDecodeMessages(all.Slice(p * PackSize, PackSize), decoded.Slice(p * PerPack), out int n, out DecodeError _))
            {
                sum += n;
            }
        }

        return sum;
    }

    /// <summary>Decoding and reading the position of every Location message (SI values from the wire fields).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double DecodeAndReadLocation()
    {
        double sum = 0;
        ReadOnlySpan<byte> all = _messages;
        for (int i = 0; i < Count; i++)
        {
            if (RemoteIdDecoder.TryDecode(all.Slice(i * 25, 25), out RemoteIdMessage message, out DecodeError _)
                && message.Type == RemoteIdMessageType.Location)
            {
                LocationMessage l = message.Location;
                sum += l.LatitudeDeg + l.LongitudeDeg + l.GeodeticAltitudeM + l.SpeedMps;
            }
        }

        return sum;
    }

    /// <summary>Encoding the decoded messages back to bytes.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Encode()
    {
        Span<byte> buffer = stackalloc byte[25];
        int sum = 0;
        for (int i = 0; i < Count; i++)
        {
            sum += RemoteIdEncoder.Encode(_decoded[i], buffer);
        }

        return sum;
    }
}
