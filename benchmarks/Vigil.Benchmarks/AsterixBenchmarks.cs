using BenchmarkDotNet.Attributes;
using Vigil.Sensors;
using Vigil.Sensors.Asterix;

namespace Vigil.Benchmarks;

/// <summary>
/// Decoding one busy radar's output: a datagram of 1,000 CAT048 plots in 10 data blocks of 100, each plot
/// a Mode S roll-call report with the items a surveillance radar sends every scan (I010, I140, I020, I040,
/// I070, I090, I130, I220, I240, I161, I200, I170, I230: 46 bytes). Results are per record. The handler is
/// a struct, so every call is direct, and nothing is allocated.
/// </summary>
[MemoryDiagnoser]
public class AsterixBenchmarks
{
    private const int Records = 1000;
    private const int PerBlock = 100;

    private byte[] _datagram = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(48);
        var datagram = new List<byte>();
        var buffer = new byte[ushort.MaxValue];
        for (int block = 0; block < Records / PerBlock; block++)
        {
            var records = new Cat048Record[PerBlock];
            for (int i = 0; i < PerBlock; i++)
            {
                records[i] = new Cat048Record
                {
                    Sac = 25, Sic = 201, TimeOfDay = 27354 + (random.NextDouble() * 4), Typ = 5, Rho = random.NextDouble() * 250,
                    Theta = random.NextDouble() * 360, Mode3A = (ushort)random.Next(4096), FlightLevel = random.Next(0, 450),
                    Srl = 3.7, Srr = 11, Sam = -72, AircraftAddress = (uint)random.Next(1 << 24),
                    Callsign = AsterixCallsign.FromString($"DLH{random.Next(1000, 9999)}"), TrackNumber = (ushort)random.Next(4096),
                    GroundSpeed = random.NextDouble() * 0.15, Heading = random.NextDouble() * 360, Rad = 2, Tre = false,
                    CommunicationsCapability = 0x20F5,
                };
            }

            if (!AsterixEncoder.TryWriteCat048(buffer, records, out int written))
            {
                throw new InvalidOperationException("The benchmark block does not fit.");
            }

            datagram.AddRange(buffer.AsSpan(0, written));
        }

        _datagram = [.. datagram];
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public long DecodeCat048()
    {
        var handler = new SumHandler();
        AsterixDecoder.Decode(_datagram, ref handler);
        return handler.Sum;
    }

    private struct SumHandler : IAsterixHandler
    {
        public long Sum;

        public void OnCat048(in Cat048Record record, in AsterixRecordInfo info) => Sum += record.TimeOfDayRaw + record.TrackNumber + (long)(record.Callsign.Bits & 0xFFFF) + (long)record.Rho;

        public void OnCat034(Cat034Record record, in AsterixRecordInfo info) => Sum++;

        public void OnCat062(Cat062Record record, in AsterixRecordInfo info) => Sum++;

        public void OnCat065(Cat065Record record, in AsterixRecordInfo info) => Sum++;

        public void OnError(in DecodeError error) => Sum--;
    }
}
