using System.Text.Json;
using Vigil.Sensors.RemoteId;

namespace Vigil.Sensors.Tests.RemoteId;

public partial class RemoteIdDecoderTest
{
    [Fact]
    public void TryDecode_LibridLocationVector_MatchesExpectedValues()
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(RemoteIdFixtures.Path("librid_location_vector.json")));
        JsonElement e = doc.RootElement.GetProperty("expected");
        byte[] bytes = Convert.FromHexString(doc.RootElement.GetProperty("hex").GetString()!);

        RemoteIdMessage message = RemoteIdSamples.Decode(bytes);
        LocationMessage l = message.Location;

        Assert.Equal(e.GetProperty("protocol_version").GetInt32(), message.ProtocolVersion);
        Assert.Equal(e.GetProperty("message_type").GetInt32(), (int)message.Type);
        Assert.Equal(e.GetProperty("operational_status").GetInt32(), (int)l.Status);
        Assert.Equal(e.GetProperty("height_type").GetInt32(), (int)l.HeightReference);
        Assert.Equal(e.GetProperty("track_direction_deg").GetDouble(), l.TrackDeg);
        Assert.Equal(e.GetProperty("speed_mps").GetDouble(), l.SpeedMps);
        Assert.Equal(e.GetProperty("vertical_speed_mps").GetDouble(), l.VerticalSpeedMps);
        Assert.Equal(e.GetProperty("latitude").GetDouble(), l.LatitudeDeg, 1e-9);
        Assert.Equal(e.GetProperty("longitude").GetDouble(), l.LongitudeDeg, 1e-9);
        Assert.Equal(e.GetProperty("pressure_altitude_m").GetDouble(), l.PressureAltitudeM);
        Assert.Equal(e.GetProperty("geodetic_altitude_m").GetDouble(), l.GeodeticAltitudeM);
        Assert.Equal(e.GetProperty("height_m").GetDouble(), l.HeightM);
        Assert.Equal(e.GetProperty("horizontal_accuracy").GetInt32(), (int)l.HorizontalAccuracy);
        Assert.Equal(e.GetProperty("vertical_accuracy").GetInt32(), (int)l.GeodeticAltitudeAccuracy);
        Assert.Equal(e.GetProperty("speed_accuracy").GetInt32(), (int)l.SpeedAccuracy);
        Assert.Equal(e.GetProperty("baro_altitude_accuracy").GetInt32(), (int)l.PressureAltitudeAccuracy);
        Assert.Equal(e.GetProperty("timestamp_raw_tenths").GetInt32(), l.TimestampTenths);
        Assert.Equal(TimeSpan.FromSeconds(1234.5), l.TimeAfterHour);
        Assert.Equal(TimeSpan.FromSeconds(0.1), l.TimestampAccuracy);
        Assert.True(l.IsTrackKnown && l.IsSpeedKnown && l.IsVerticalSpeedKnown && l.IsPositionKnown);
        Assert.Equal(bytes, RemoteIdSamples.Encode(message));
    }

    [Fact]
    public void TryDecode_UnknownValues_AreTheStandardsValues()
    {
        var location = new LocationMessage(OperationalStatus.Airborne, 0, 0);
        LocationMessage back = RemoteIdSamples.Decode(RemoteIdSamples.Encode(new RemoteIdMessage(location))).Location;

        Assert.Equal(RemoteIdUnknown.AltitudeM, back.GeodeticAltitudeM);
        Assert.Equal(RemoteIdUnknown.SpeedMps, back.SpeedMps);
        Assert.Equal(RemoteIdUnknown.TrackDeg, back.TrackDeg);
        Assert.Equal(RemoteIdUnknown.VerticalSpeedMps, back.VerticalSpeedMps);
        Assert.False(back.IsSpeedKnown || back.IsTrackKnown || back.IsVerticalSpeedKnown || back.IsPositionKnown || back.IsTimestampKnown);
        Assert.Null(back.MeasuredAt(DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData(24, "a message is 25 bytes, got 24")]
    [InlineData(26, "a message is 25 bytes, got 26")]
    public void TryDecode_WrongLength_RejectsWithReason(int length, string reason)
    {
        Assert.False(RemoteIdDecoder.TryDecode(new byte[length], out _, out DecodeError error));
        Assert.Equal(reason, error.Reason);
    }

    [Theory]
    [InlineData(0x60, 0, "message type 6 is reserved")]
    [InlineData(0xF0, 0, "message type 0xF is a message pack, not a single message")]
    public void TryDecode_TypeNotAMessage_RejectsWithReason(byte header, long offset, string reason)
    {
        byte[] m = new byte[25];
        m[0] = header;
        Assert.False(RemoteIdDecoder.TryDecode(m, out _, out DecodeError error));
        Assert.Equal(new DecodeError(offset, reason), error);
    }

    [Fact]
    public void TryDecode_LatitudeOutOfRange_RejectsAtItsOffset()
    {
        byte[] m = RemoteIdSamples.Encode(new RemoteIdMessage(new LocationMessage(OperationalStatus.Airborne, 10, 20)));
        BitConverter.TryWriteBytes(m.AsSpan(5), 900_000_001);

        Assert.False(RemoteIdDecoder.TryDecode(m, out _, out DecodeError error));
        Assert.Equal(5, error.Offset);
    }

    [Fact]
    public void TryDecodePack_MessageSizeNot25_Rejects()
    {
        byte[] pack = [0xF2, 24, 0];
        Assert.False(RemoteIdDecoder.TryDecodePack(pack, out _, out DecodeError error));
        Assert.Equal(new DecodeError(1, "message pack: message size is 24, want 25"), error);
    }

    [Fact]
    public void TryDecodePack_BadInnerMessage_NamesItsOffsetInThePack()
    {
        byte[] pack = new byte[3 + 50];
        pack[0] = 0xF2;
        pack[1] = 25;
        pack[2] = 2;
        pack[3 + 25] = 0x70; // second message: reserved type 7

        Assert.False(RemoteIdDecoder.TryDecodePack(pack, out _, out DecodeError error));
        Assert.Equal(28, error.Offset);
        Assert.Equal("message pack: message 2: message type 7 is reserved", error.Reason);
    }

    [Fact]
    public void MeasuredAt_NearTheHour_PicksTheNearestHour()
    {
        var atHour = new LocationMessage(OperationalStatus.Airborne, 1, 1, timeAfterHour: TimeSpan.Zero);
        var beforeHour = new LocationMessage(OperationalStatus.Airborne, 1, 1, timeAfterHour: TimeSpan.FromSeconds(3590));
        var received = new DateTimeOffset(2024, 5, 1, 12, 59, 50, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 13, 0, 0, TimeSpan.Zero), atHour.MeasuredAt(received));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 59, 50, TimeSpan.Zero), beforeHour.MeasuredAt(received.AddSeconds(20)));
    }

    [Fact]
    public void Message_WrongTypeAccessor_Throws()
    {
        var message = new RemoteIdMessage(new OperatorIdMessage("GBR-OP-123ABCD"));

        Assert.Throws<InvalidOperationException>(() => message.Location);
        Assert.Equal("GBR-OP-123ABCD", message.OperatorId.OperatorId.ToString());
    }

    [Fact]
    public void Constructors_ValuesOutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocationMessage(OperationalStatus.Airborne, 91, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocationMessage(OperationalStatus.Airborne, 0, 0, geodeticAltitudeM: double.NaN));
        Assert.Throws<ArgumentException>(() => new BasicIdMessage(UasIdType.SerialNumber, UaType.Aeroplane, new string('A', 21)));
        Assert.Throws<ArgumentException>(() => new SelfIdMessage(SelfIdDescriptionType.Text, "é"));
        Assert.Throws<ArgumentOutOfRangeException>(() => AuthenticationMessage.NextPage(AuthenticationType.UasIdSignature, 16, []));
    }

    [Fact]
    public void Authentication_Pages_RoundTrip()
    {
        var first = AuthenticationMessage.FirstPage(AuthenticationType.MessageSetSignature, 2, 63, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), [1, 2, 3]);
        var next = AuthenticationMessage.NextPage(AuthenticationType.MessageSetSignature, 2, [9, 8, 7]);

        AuthenticationMessage a = RemoteIdSamples.Decode(RemoteIdSamples.Encode(new RemoteIdMessage(first))).Authentication;
        AuthenticationMessage b = RemoteIdSamples.Decode(RemoteIdSamples.Encode(new RemoteIdMessage(next))).Authentication;

        Assert.Equal(first, a);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), a.Timestamp);
        Assert.Equal(17, a.Data.Length);
        Assert.Equal(next, b);
        Assert.Equal(23, b.Data.Length);
        Assert.Equal(new byte[] { 9, 8, 7 }, b.Data.AsSpan()[..3].ToArray());
    }
}
