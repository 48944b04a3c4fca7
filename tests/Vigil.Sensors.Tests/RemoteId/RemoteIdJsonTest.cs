using System.Text.Json;
using Vigil.Sensors.RemoteId;

namespace Vigil.Sensors.Tests.RemoteId;

public class RemoteIdJsonTest
{
    [Fact]
    public void ToJsonLine_EveryCapturedMessage_IsOneLineOfValidJson()
    {
        foreach (string file in new[] { "odid_wifi_bcn_sample.pcap", "odid_wifi_sample.pcap", "odid_bt5_lr_sample.pcapng" })
        {
            foreach (CapturedRemoteIdMessage m in RemoteIdCaptureExtractor.Extract(RemoteIdFixtures.Read(file)).Messages)
            {
                string line = RemoteIdJson.ToJsonLine(m);
                Assert.DoesNotContain('\n', line);
                using JsonDocument doc = JsonDocument.Parse(line);
                Assert.Equal(m.FrameNumber, doc.RootElement.GetProperty("frame").GetInt32());
            }
        }
    }

    [Fact]
    public void ToJsonLine_Location_WritesSiFieldsAndOrigin()
    {
        RemoteIdCaptureResult capture = RemoteIdCaptureExtractor.Extract(RemoteIdFixtures.Read("odid_wifi_bcn_sample.pcap"));
        CapturedRemoteIdMessage location = capture.Messages.First(m => m.Message.Type == RemoteIdMessageType.Location);

        using JsonDocument doc = JsonDocument.Parse(RemoteIdJson.ToJsonLine(location));
        JsonElement e = doc.RootElement;

        Assert.Equal("location", e.GetProperty("type").GetString());
        Assert.Equal(0, e.GetProperty("protocolVersion").GetInt32());
        Assert.Equal(45.5457468m, e.GetProperty("latitudeDeg").GetDecimal());
        Assert.Equal(-122.9681496m, e.GetProperty("longitudeDeg").GetDecimal());
        Assert.Equal(237, e.GetProperty("geodeticAltitudeM").GetDouble());
        Assert.Equal(-1000, e.GetProperty("pressureAltitudeM").GetDouble());
        Assert.Equal(20.5, e.GetProperty("speedMps").GetDouble());
        Assert.False(e.GetProperty("verticalSpeedKnown").GetBoolean());
        Assert.Equal("within30M", e.GetProperty("horizontalAccuracy").GetString());
        Assert.Equal("wifiBeacon", e.GetProperty("transport").GetString());
        Assert.Equal("84:cc:a8:60:43:24", e.GetProperty("sender").GetString());
        Assert.Equal(208, e.GetProperty("counter").GetInt32());
        Assert.Equal(1, e.GetProperty("frame").GetInt32());
    }

    [Fact]
    public void ToJsonLine_ReservedEnumValue_IsWrittenAsANumber()
    {
        byte[] bytes = new byte[25];
        bytes[0] = 0x02;
        bytes[1] = 0x9F; // ID type 9 (reserved), UA type 15
        using JsonDocument doc = JsonDocument.Parse(RemoteIdJson.ToJsonLine(RemoteIdSamples.Decode(bytes)));

        Assert.Equal(9, doc.RootElement.GetProperty("idType").GetInt32());
        Assert.Equal("other", doc.RootElement.GetProperty("uaType").GetString());
        Assert.Equal("", doc.RootElement.GetProperty("uasId").GetString());
    }

    [Fact]
    public void ToJsonLine_AuthenticationAndSystem_WriteTheirFields()
    {
        var auth = new RemoteIdMessage(AuthenticationMessage.FirstPage(AuthenticationType.UasIdSignature, 1, 20, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), [0xAB]));
        using JsonDocument a = JsonDocument.Parse(RemoteIdJson.ToJsonLine(auth));
        Assert.Equal("uasIdSignature", a.RootElement.GetProperty("authType").GetString());
        Assert.StartsWith("ab00", a.RootElement.GetProperty("data").GetString(), StringComparison.Ordinal);

        var system = new RemoteIdMessage(new SystemMessage(OperatorLocationType.Takeoff, 45.5443876, -122.9726866, 40, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        using JsonDocument s = JsonDocument.Parse(RemoteIdJson.ToJsonLine(system));
        Assert.Equal(45.5443876m, s.RootElement.GetProperty("operatorLatitudeDeg").GetDecimal());
        Assert.Equal("2024-01-01T00:00:00Z", s.RootElement.GetProperty("timestamp").GetString());
    }
}
