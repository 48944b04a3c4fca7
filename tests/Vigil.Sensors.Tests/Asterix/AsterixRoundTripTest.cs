using FsCheck.Xunit;
using Vigil.Sensors.Asterix;

namespace Vigil.Sensors.Tests.Asterix;

/// <summary>Random records encoded then decoded come back equal (CAT048 exactly, as it holds LSBs; CAT034 within one LSB).</summary>
public class AsterixRoundTripTest
{
    [Property(MaxTest = 500)]
    public void Cat048_EncodeThenDecode_GivesTheSameRecords(int seed)
    {
        var random = new Random(seed);
        var records = new Cat048Record[random.Next(1, 6)];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = RandomCat048(random);
        }

        var buffer = new byte[65535];
        Assert.True(AsterixEncoder.TryWriteCat048(buffer, records, out int written));
        AsterixDecodeResult result = AsterixDecoder.Decode(buffer.AsSpan(0, written));

        Assert.Empty(result.Errors);
        Assert.Equal(records.Length, result.Records.Count);
        for (int i = 0; i < records.Length; i++)
        {
            AsterixDecodedRecord decoded = result.Records[i];
            Assert.Equal(AsterixJson.ToJson(new AsterixDecodedRecord(decoded.Info) { Cat048 = records[i] }), AsterixJson.ToJson(decoded));
            Assert.Equal(records[i].Items, decoded.Cat048!.Value.Items);
        }
    }

    [Property(MaxTest = 300)]
    public void Cat048_ScaledValues_ComeBackWithinOneLsb(int seed)
    {
        var random = new Random(seed);
        double tod = random.NextDouble() * 86400, rho = random.NextDouble() * 255, theta = random.NextDouble() * 360;
        double fl = (random.NextDouble() * 2000) - 12, height = (random.NextDouble() * 100_000) - 1000, gsp = random.NextDouble() * 3;
        var record = new Cat048Record { Sac = 1, Sic = 2, TimeOfDay = tod, Rho = rho, Theta = theta, FlightLevel = fl, Height3DFt = height, GroundSpeed = gsp, Heading = theta };

        var buffer = new byte[256];
        Assert.True(AsterixEncoder.TryWriteCat048(buffer, in record, out int written));
        Cat048Record back = Assert.Single(AsterixDecoder.Decode(buffer.AsSpan(0, written)).Records).Cat048!.Value;

        Assert.InRange(back.TimeOfDay - tod, -0.5 / 128, 0.5 / 128);
        Assert.InRange(back.Rho - rho, -0.5 / 256, 0.5 / 256);
        Assert.InRange(AngleDiff(back.Theta, theta), -0.5 * 360 / 65536, 0.5 * 360 / 65536);
        Assert.InRange(back.FlightLevel - fl, -0.125, 0.125);
        Assert.InRange(back.Height3DFt - height, -12.5, 12.5);
        Assert.InRange(back.GroundSpeed - gsp, -0.5 / 16384, 0.5 / 16384);
    }

    [Property(MaxTest = 500)]
    public void Cat034_EncodeThenDecode_GivesTheSameValuesWithinOneLsb(int seed)
    {
        var random = new Random(seed);
        Cat034Record expected = RandomCat034(random);
        var buffer = new byte[1024];
        Assert.True(AsterixEncoder.TryWriteCat034(buffer, [expected], out int written));
        AsterixDecodeResult result = AsterixDecoder.Decode(buffer.AsSpan(0, written));

        Assert.Empty(result.Errors);
        Cat034Record actual = Assert.Single(result.Records).Cat034!;
        Assert.Equal(expected.DataSource, actual.DataSource);
        Assert.Equal(expected.MessageType, actual.MessageType);
        Near(expected.TimeOfDay, actual.TimeOfDay, 1.0 / 128);
        NearAngle(expected.SectorAzimuth, actual.SectorAzimuth, 360.0 / 256);
        Near(expected.AntennaRotationPeriod, actual.AntennaRotationPeriod, 1.0 / 128);
        Assert.Equal(expected.SystemConfiguration, actual.SystemConfiguration);
        Assert.Equal(expected.ProcessingMode, actual.ProcessingMode);
        Assert.Equal(expected.MessageCounts, actual.MessageCounts);
        Assert.Equal(expected.PolarWindow.HasValue, actual.PolarWindow.HasValue);
        if (expected.PolarWindow is { } w)
        {
            Near(w.RhoStart, actual.PolarWindow!.Value.RhoStart, 1.0 / 256);
            Near(w.RhoEnd, actual.PolarWindow!.Value.RhoEnd, 1.0 / 256);
            NearAngle(w.ThetaStart, actual.PolarWindow!.Value.ThetaStart, 360.0 / 65536);
            NearAngle(w.ThetaEnd, actual.PolarWindow!.Value.ThetaEnd, 360.0 / 65536);
        }

        Assert.Equal(expected.DataFilter, actual.DataFilter);
        Assert.Equal(expected.SourcePosition.HasValue, actual.SourcePosition.HasValue);
        if (expected.SourcePosition is { } p)
        {
            Near(p.HeightM, actual.SourcePosition!.Value.HeightM, 1);
            Near(p.Latitude, actual.SourcePosition!.Value.Latitude, 180.0 / (1 << 23));
            Near(p.Longitude, actual.SourcePosition!.Value.Longitude, 180.0 / (1 << 23));
        }

        Assert.Equal(expected.CollimationError.HasValue, actual.CollimationError.HasValue);
        if (expected.CollimationError is { } c)
        {
            Near(c.RangeError, actual.CollimationError!.Value.RangeError, 1.0 / 128);
            Near(c.AzimuthError, actual.CollimationError!.Value.AzimuthError, 360.0 / 16384);
        }

        Assert.Equal(expected.SpecialPurpose?.ToArray(), actual.SpecialPurpose?.ToArray());
        Assert.Equal(expected.ReservedExpansion?.ToArray(), actual.ReservedExpansion?.ToArray());
    }

    [Fact]
    public void Encoder_RadarSimulatorPlot_WritesTheExpectedFspecAndItems()
    {
        byte[] sp = new byte[VigilSpecialPurpose.RcsEntryLength];
        VigilSpecialPurpose.WriteRcs(-12.34, sp);
        var plot = new Cat048Record
        {
            Sac = 25, Sic = 201, TimeOfDay = 27354.6015625, Typ = 3, Rho = 197.68359375, Theta = 340.13671875,
            Mode3A = 0x200, FlightLevel = 330, Srl = 1.0, Srr = 4, Sam = -72, Prl = 0.5, Pam = -80, Rpd = 0.05, Apd = -0.1,
            AircraftAddress = 0x3C660C, Callsign = AsterixCallsign.FromString("DLH65A"), TrackNumber = 3563,
            GroundSpeed = 0.12, Heading = 124, Rad = 2, Height3DFt = 33000, SpecialPurpose = sp,
        };
        var writer = new System.Buffers.ArrayBufferWriter<byte>();

        int length = AsterixEncoder.WriteCat048(writer, [plot]);

        byte[] block = writer.WrittenSpan.ToArray();
        Assert.Equal(length, block.Length);
        Assert.Equal(new byte[] { 48, 0, (byte)length }, block[..3]);
        // FRN 1-7, FX; FRN 8, 9, 11, 13, 14, FX; FRN 19, FX; FRN 27.
        Assert.Equal("FFD70904", Convert.ToHexString(block, 3, 4));
        Cat048Record back = Assert.Single(AsterixDecoder.Decode(block).Records).Cat048!.Value;
        Assert.Equal(-72, back.Sam);
        Assert.Equal(-80, back.Pam);
        Assert.Equal(0.05, back.Rpd!.Value, 2);
        Assert.Equal(-0.1, back.Apd!.Value, 1);
        Assert.Equal("DLH65A  ", back.Callsign.ToString());
        Assert.True(VigilSpecialPurpose.TryReadRcs(back.SpecialPurpose, out double rcs));
        Assert.Equal(-12.34, rcs, 9);
        Assert.Equal("5652FB2E", Convert.ToHexString(back.SpecialPurpose));
    }

    [Fact]
    public void Encoder_NorthMarker_MatchesTheCaptureBytes()
    {
        // Data block 25 of cat_034_048.txt: a North Marker with I041, I050, I060 and I120.
        var marker = new Cat034Record
        {
            DataSource = new AsterixDataSource(25, 12), MessageType = Cat034MessageType.NorthMarker, TimeOfDay = 27356.5703125,
            AntennaRotationPeriod = 4.9453125, SystemConfiguration = new Cat034SystemConfiguration(Com: 0x44, Mds: 0x4E00),
            ProcessingMode = new Cat034ProcessingMode(Com: 0, Mds: 0), SourcePosition = new Cat034SourcePosition(780, 2030557 * 180.0 / (1 << 23), 764578 * 180.0 / (1 << 23)),
        };
        var buffer = new byte[64];

        Assert.True(AsterixEncoder.TryWriteCat034(buffer, [marker], out int written));
        Assert.Equal("22001CEF10190C01356E49027984444E00840000030C1EFBDD0BAAA2", Convert.ToHexString(buffer, 0, written));
        Assert.False(AsterixEncoder.TryWriteCat034(buffer.AsSpan(0, 10), [marker], out _));
    }

    private static Cat048Record RandomCat048(Random random)
    {
        Cat048Record r = new() { Sac = (byte)random.Next(256), Sic = (byte)random.Next(256) };
        bool Maybe() => random.Next(2) == 0;
        if (Maybe()) r = r with { TimeOfDay = random.Next(1 << 24) / 128.0 };
        if (Maybe()) r = r with { Typ = (byte)random.Next(8), Sim = Maybe(), Rdp = Maybe(), Spi = Maybe(), Rab = Maybe() };
        if (Maybe()) r = r with { Tst = Maybe(), Err = Maybe(), Xpp = Maybe(), Me = Maybe(), Mi = Maybe(), FoeFri = (byte)random.Next(4) };
        if (Maybe()) r = r with { SecondExtent = (byte)random.Next(256) };
        if (Maybe()) r = r with { Rho = random.Next(65536) / 256.0, Theta = random.Next(65536) * 360.0 / 65536 };
        if (Maybe()) r = r with { Mode3A = (ushort)random.Next(4096), Mode3AV = Maybe(), Mode3AG = Maybe(), Mode3AL = Maybe() };
        if (Maybe()) r = r with { FlightLevel = (random.Next(1 << 14) - 8192) / 4.0, FlightLevelV = Maybe(), FlightLevelG = Maybe() };
        if (Maybe()) r = r with { Srl = random.Next(256) * 360.0 / 8192 };
        if (Maybe()) r = r with { Srr = (byte)random.Next(256), Sam = random.Next(-128, 128) };
        if (Maybe()) r = r with { Prl = random.Next(256) * 360.0 / 8192, Pam = random.Next(-128, 128) };
        if (Maybe()) r = r with { Rpd = random.Next(-128, 128) / 256.0, Apd = random.Next(-128, 128) * 360.0 / 16384 };
        if (Maybe()) r = r with { AircraftAddress = (uint)random.Next(1 << 24) };
        if (Maybe()) r = r with { Callsign = new AsterixCallsign((ulong)random.NextInt64(1L << 48)) };
        if (Maybe())
        {
            var registers = new Cat048BdsRegister[random.Next(0, Cat048Record.MaxBdsRegisters + 1)];
            for (int i = 0; i < registers.Length; i++)
            {
                registers[i] = new Cat048BdsRegister((ulong)random.NextInt64(1L << 56), (byte)random.Next(16), (byte)random.Next(16));
            }

            r = r with { BdsRegisters = registers };
        }

        if (Maybe()) r = r with { TrackNumber = (ushort)random.Next(4096) };
        if (Maybe()) r = r with { X = (random.Next(65536) - 32768) / 128.0, Y = (random.Next(65536) - 32768) / 128.0 };
        if (Maybe()) r = r with { GroundSpeed = random.Next(65536) / 16384.0, Heading = random.Next(65536) * 360.0 / 65536 };
        if (Maybe()) r = r with { Cnf = Maybe(), Rad = (byte)random.Next(4), Dou = Maybe(), Mah = Maybe(), Cdm = (byte)random.Next(4) };
        if (Maybe()) r = r with { Tre = Maybe(), Gho = Maybe(), Sup = Maybe(), Tcc = Maybe() };
        if (Maybe()) r = r with { SigmaX = random.Next(256) / 128.0, SigmaY = random.Next(256) / 128.0, SigmaV = random.Next(256) / 16384.0, SigmaH = random.Next(256) * 360.0 / 4096 };
        if (Maybe()) r = r with { WarningErrorCodes = Enumerable.Range(0, random.Next(1, 5)).Select(_ => (byte)random.Next(128)).ToArray() };
        if (Maybe()) r = r with { Mode3AConfidence = (ushort)random.Next(4096) };
        if (Maybe()) r = r with { ModeCCode = (uint)random.NextInt64(1L << 32) };
        if (Maybe()) r = r with { Height3DFt = (random.Next(1 << 14) - 8192) * 25.0 };
        if (Maybe()) r = r with { CalculatedDopplerMps = random.Next(-512, 512), CalculatedDopplerDoubtful = Maybe() };
        if (Maybe()) r = r with { RawDopplerSpeeds = Enumerable.Range(0, random.Next(1, 5)).Select(_ => new Cat048DopplerSpeed((short)random.Next(-32768, 32768), (ushort)random.Next(65536), (ushort)random.Next(65536))).ToArray() };
        if (Maybe()) r = r with { CommunicationsCapability = (ushort)random.Next(65536) };
        if (Maybe()) r = r with { AcasResolutionAdvisory = (ulong)random.NextInt64(1L << 56) };
        if (Maybe()) r = r with { Mode1 = (byte)random.Next(256), Mode2 = (ushort)random.Next(65536) };
        if (Maybe()) r = r with { Mode1Confidence = (byte)random.Next(32), Mode2Confidence = (ushort)random.Next(4096) };
        if (Maybe()) r = r with { SpecialPurpose = RandomBytes(random, random.Next(0, 40)) };
        if (Maybe()) r = r with { ReservedExpansion = RandomBytes(random, random.Next(0, 40)) };
        return r;
    }

    private static Cat034Record RandomCat034(Random random)
    {
        bool Maybe() => random.Next(2) == 0;
        return new Cat034Record
        {
            DataSource = new AsterixDataSource((byte)random.Next(256), (byte)random.Next(256)),
            MessageType = Maybe() ? (Cat034MessageType)random.Next(1, 8) : null,
            TimeOfDay = Maybe() ? random.NextDouble() * 86400 : null,
            SectorAzimuth = Maybe() ? random.NextDouble() * 360 : null,
            AntennaRotationPeriod = Maybe() ? random.NextDouble() * 20 : null,
            SystemConfiguration = Maybe() ? new Cat034SystemConfiguration(Maybe() ? (byte)random.Next(256) : null, Maybe() ? (byte)random.Next(256) : null, Maybe() ? (byte)random.Next(256) : null, Maybe() ? (ushort)random.Next(65536) : null) : null,
            ProcessingMode = Maybe() ? new Cat034ProcessingMode(Maybe() ? (byte)random.Next(256) : null, Maybe() ? (byte)random.Next(256) : null, Maybe() ? (byte)random.Next(256) : null, Maybe() ? (byte)random.Next(256) : null) : null,
            MessageCounts = Maybe() ? Enumerable.Range(0, random.Next(0, 6)).Select(_ => new Cat034MessageCount((byte)random.Next(32), (ushort)random.Next(2048))).ToArray() : null,
            PolarWindow = Maybe() ? new Cat034PolarWindow(random.NextDouble() * 255, random.NextDouble() * 255, random.NextDouble() * 360, random.NextDouble() * 360) : null,
            DataFilter = Maybe() ? (byte)random.Next(10) : null,
            SourcePosition = Maybe() ? new Cat034SourcePosition(random.Next(-500, 5000), (random.NextDouble() * 180) - 90, (random.NextDouble() * 360) - 180) : null,
            CollimationError = Maybe() ? new Cat034CollimationError((random.NextDouble() - 0.5) * 1.9, (random.NextDouble() - 0.5) * 5.5) : null,
            ReservedExpansion = Maybe() ? RandomBytes(random, random.Next(0, 20)) : null,
            SpecialPurpose = Maybe() ? RandomBytes(random, random.Next(0, 20)) : null,
        };
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static void Near(double? expected, double? actual, double lsb)
    {
        Assert.Equal(expected.HasValue, actual.HasValue);
        if (expected is { } e)
        {
            Assert.InRange(actual!.Value - e, -lsb / 2 - 1e-9, lsb / 2 + 1e-9);
        }
    }

    private static void NearAngle(double? expected, double? actual, double lsb)
    {
        Assert.Equal(expected.HasValue, actual.HasValue);
        if (expected is { } e)
        {
            Assert.InRange(AngleDiff(actual!.Value, e), -lsb / 2 - 1e-9, lsb / 2 + 1e-9);
        }
    }

    private static double AngleDiff(double a, double b) => ((a - b + 540) % 360) - 180;
}
