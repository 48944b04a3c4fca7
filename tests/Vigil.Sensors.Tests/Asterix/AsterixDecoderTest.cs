using System.Text.Json;
using Vigil.Sensors.Asterix;

namespace Vigil.Sensors.Tests.Asterix;

public class AsterixDecoderTest
{
    [Fact]
    public void Decode_Cat048Fixture_GivesTheSourceFigures()
    {
        byte[] raw = AsterixFixtures.Bytes("cat048.raw");
        AsterixDecodeResult result = AsterixDecoder.Decode(raw);

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Blocks);
        AsterixDecodedRecord decoded = Assert.Single(result.Records);
        Assert.Equal(new AsterixRecordInfo(48, 1, 1, 3, 45), decoded.Info);
        Assert.Equal("FDF702", Convert.ToHexString(raw, 3, 3));
        Cat048Record r = decoded.Cat048!.Value;
        Assert.Equal(Cat048Items.I010 | Cat048Items.I140 | Cat048Items.I020 | Cat048Items.I040 | Cat048Items.I070 | Cat048Items.I090
            | Cat048Items.I220 | Cat048Items.I240 | Cat048Items.I250 | Cat048Items.I161 | Cat048Items.I200 | Cat048Items.I170 | Cat048Items.I230, r.Items);
        Assert.Equal(new AsterixDataSource(25, 201), r.DataSource);
        Assert.Equal(27354.6015625, r.TimeOfDay);
        Assert.Equal(5, r.Typ);
        Assert.False(r.Sim || r.Rdp || r.Spi || r.Rab);
        Assert.Equal(197.68359375, r.Rho);
        Assert.Equal(340.13671875, r.Theta);
        Assert.Equal(Convert.ToUInt16("1000", 8), r.Mode3A);
        Assert.Equal(330.0, r.FlightLevel);
        Assert.Equal(0x3C660Cu, r.AircraftAddress);
        Assert.Equal("DLH65A  ", r.Callsign.ToString());
        Assert.Equal(1, r.BdsRegisterCount);
        Assert.Equal(4, r.BdsRegisters[0].Bds1);
        Assert.Equal(0, r.BdsRegisters[0].Bds2);
        Assert.Equal(3563, r.TrackNumber);
        Assert.Equal(434.3994140625, r.GroundSpeedKt, 9);
        Assert.Equal(124.002685546875, r.Heading, 9);
        Assert.Equal(2, r.Rad);
        Assert.Equal(2, r.TrackStatusLength);
        Assert.False(r.Tre);
        Assert.Null(r.Srl);
        Assert.False(r.Has(Cat048Items.I130));
        Assert.Equal(1, r.Com);
    }

    [Fact]
    public void Decode_Cat034Fixture_GivesASectorCrossing()
    {
        AsterixDecodeResult result = AsterixDecoder.Decode(AsterixFixtures.Bytes("cat034.raw"));

        Assert.Empty(result.Errors);
        Cat034Record r = Assert.Single(result.Records).Cat034!;
        Assert.Equal(new AsterixDataSource(25, 14), r.DataSource);
        Assert.Equal(Cat034MessageType.SectorCrossing, r.MessageType);
        Assert.Equal(0x3A692B / 128.0, r.TimeOfDay);
        Assert.Equal(0x40 * 360.0 / 256, r.SectorAzimuth);
        Assert.Equal(new Cat034SystemConfiguration(Com: 0x40, Ssr: 0x40), r.SystemConfiguration);
        Assert.Equal(new Cat034ProcessingMode(Com: 0x00), r.ProcessingMode);
        Assert.Null(r.AntennaRotationPeriod);
    }

    [Fact]
    public void Decode_Cat062Cat065Fixture_MatchesExpectedDecoded()
    {
        byte[] raw = AsterixFixtures.Bytes("cat062cat065.raw");
        using JsonDocument expected = JsonDocument.Parse(AsterixFixtures.Text("expected_decoded.json"));
        JsonElement blocks = expected.RootElement.GetProperty("cat062cat065.raw").GetProperty("blocks");

        AsterixDecodeResult result = AsterixDecoder.Decode(raw);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Blocks);
        Assert.Equal(3, result.Records.Count);
        Assert.Equal([62, 62, 65], result.Records.Select(r => r.Info.Category));
        JsonElement[] records = [.. blocks[0].GetProperty("records").EnumerateArray()];
        for (int i = 0; i < 2; i++)
        {
            JsonElement e = records[i];
            Cat062Record r = result.Records[i].Cat062!;
            Assert.Equal(e.GetProperty("record_len").GetInt32(), r.Bytes.Length);
            Assert.Equal(new AsterixDataSource(25, 100), r.DataSource);
            Assert.Equal(e.GetProperty("I015_SID").GetInt32(), r.ServiceId);
            Assert.Equal(e.GetProperty("I070_ToT_s").GetDouble(), r.TimeOfTrack);
            Assert.Equal(e.GetProperty("I105").GetProperty("Lat").GetDouble(), r.Latitude!.Value, 9);
            Assert.Equal(e.GetProperty("I105").GetProperty("Lon").GetDouble(), r.Longitude!.Value, 9);
            Assert.Equal(e.GetProperty("I100").GetProperty("X_m").GetDouble(), r.X);
            Assert.Equal(e.GetProperty("I100").GetProperty("Y_m").GetDouble(), r.Y);
            Assert.Equal(e.GetProperty("I185").GetProperty("Vx_mps").GetDouble(), r.Vx);
            Assert.Equal(e.GetProperty("I185").GetProperty("Vy_mps").GetDouble(), r.Vy);
            Assert.Equal(e.GetProperty("I040_TrackNumber").GetInt32(), r.TrackNumber);
            Assert.Equal(e.GetProperty("I130_Alt_ft").GetDouble(), r.GeometricAltitudeFt);
        }

        Cat062Record first = result.Records[0].Cat062!;
        Assert.Equal(44.73441302776337, first.Latitude!.Value, 12);
        Assert.Equal(13.0415278673172, first.Longitude!.Value, 12);
        Assert.Equal(4980, first.TrackNumber);
        Assert.Equal(Convert.ToInt32("4276", 8), first.Mode3A);
        Assert.Equal(-443.75, first.RateOfClimbFtPerMin);
        Assert.Equal(157, first.MeasuredFlightLevel);
        Assert.Equal("BFCFFD02", Convert.ToHexString(first.Bytes.Span[..4]));

        Cat062Record second = result.Records[1].Cat062!;
        Assert.Equal(0x3C0A55u, second.AircraftAddress);
        Assert.Equal("SXD4723 ", second.Callsign.ToString());
        JsonElement i390 = AsterixFixtures.Json(result.Records[1]).GetProperty("I390");
        Assert.Equal("SXD4723", i390.GetProperty("CSN").GetProperty("CSN").GetString());
        Assert.Equal("EDDL", i390.GetProperty("DEP").GetProperty("DEP").GetString());
        Assert.Equal("HELX", i390.GetProperty("DST").GetProperty("DST").GetString());
        Assert.Equal("B738", i390.GetProperty("TAC").GetProperty("TAC").GetString());

        Cat065Record status = result.Records[2].Cat065!;
        Assert.Equal(new AsterixDataSource(25, 100), status.DataSource);
        Assert.Equal((byte)4, status.ServiceId);
        Assert.Equal((byte)2, status.MessageType);
        Assert.Equal((byte)24, status.BatchNumber);
        Assert.Equal(30913.0546875, status.TimeOfMessage);
    }

    [Fact]
    public void Decode_SeveralBlocksAndRecords_DeliversThemInOrder()
    {
        byte[] one = AsterixFixtures.Bytes("cat048.raw");
        byte[] record = one[3..];
        // One block with the record three times, then the CAT034 block.
        byte[] block = [48, 0, (byte)(3 + (3 * record.Length)), .. record, .. record, .. record, .. AsterixFixtures.Bytes("cat034.raw")];

        AsterixDecodeResult result = AsterixDecoder.Decode(block);

        Assert.Empty(result.Errors);
        Assert.Equal([(48, 1, 1), (48, 1, 2), (48, 1, 3), (34, 2, 1)], result.Records.Select(r => (r.Info.Category, r.Info.Block, r.Info.Record)));
        Assert.Equal([3, 48, 93, 141], result.Records.Select(r => r.Info.Offset));
    }

    [Theory]
    [InlineData("30 00", 0, "data block 1: header cut short")]
    [InlineData("30 00 02", 1, "length 2 is less than the 3-byte header")]
    [InlineData("30 00 09 FD", 1, "length 9 runs past the end of the datagram (4 bytes left)")]
    [InlineData("10 00 04 00", 0, "category 16 is not decoded")]
    [InlineData("30 00 05 80 19", 4, "CAT048 data block 1 record 1: item I048/010 runs past the end of the data block (needs 2 bytes, 1 left)")]
    [InlineData("30 00 04 81", 4, "CAT048 data block 1 record 1: FSPEC runs past the end")]
    [InlineData("30 00 04 00", 3, "CAT048 data block 1 record 1: FSPEC announces no items")]
    [InlineData("30 00 08 01 01 01 01 80", 3, "FSPEC announces FRN 29, which the CAT048 UAP does not define")]
    [InlineData("30 00 06 02 01 00", 4, "I048/130 extends its primary subfield")]
    [InlineData("3E 00 05 40 00", 3, "FSPEC announces FRN 2, which the CAT062 UAP leaves spare")]
    [InlineData("22 00 05 04 80", 5, "CAT034 data block 1 record 1: item I034/050 subfield COM runs past the end")]
    [InlineData("22 00 06 04 40 00", 4, "I034/050 announces subfield #2, which the specification does not define")]
    [InlineData("30 00 08 01 01 01 04 00", 7, "item I048/SP has length 0")]
    public void Decode_MalformedInput_ReportsOffsetAndReason(string hex, long offset, string reason)
    {
        AsterixDecodeResult result = AsterixDecoder.Decode(Convert.FromHexString(hex.Replace(" ", "")));

        DecodeError error = Assert.Single(result.Errors);
        Assert.Equal(offset, error.Offset);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void Decode_BadRecordInOneBlock_KeepsEarlierRecordsAndLaterBlocks()
    {
        byte[] good = AsterixFixtures.Bytes("cat048.raw");
        byte[] record = good[3..];
        byte[] bad = [48, 0, (byte)(3 + record.Length + 2), .. record, 0x80, 0x19];
        byte[] datagram = [.. bad, .. good];

        AsterixDecodeResult result = AsterixDecoder.Decode(datagram);

        Assert.Equal([(1, 1), (2, 1)], result.Records.Select(r => (r.Info.Block, r.Info.Record)));
        DecodeError error = Assert.Single(result.Errors);
        Assert.Equal(3 + record.Length + 1, error.Offset);
        Assert.Contains("record 2: item I048/010", error.Reason);
    }
}
