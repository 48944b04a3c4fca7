using Vigil.Sensors.RemoteId;

namespace Vigil.Sensors.Tests.RemoteId;

public class RemoteIdAssemblerTest
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 12, 0, 5, TimeSpan.Zero);

    [Fact]
    public void TryAdd_BeaconCapture_YieldsOneObservationPerLocationWithIdentityAndOperator()
    {
        RemoteIdCaptureResult capture = RemoteIdCaptureExtractor.Extract(RemoteIdFixtures.Read("odid_wifi_bcn_sample.pcap"));
        var assembler = new RemoteIdAssembler();

        var observations = new List<RemoteIdObservation>();
        foreach (CapturedRemoteIdMessage message in capture.Messages)
        {
            if (assembler.TryAdd(message, out RemoteIdObservation? observation))
            {
                observations.Add(observation);
            }
        }

        Assert.Equal(21, observations.Count);
        RemoteIdObservation first = observations[0];
        Assert.Equal(new UasIdentity(UasIdType.None, UaType.None, "MFG1A0123456789"), first.Identity);
        // Each pack holds Basic ID, Location, Self-ID, System and Operator ID in that order, so the
        // first observation knows only the Basic ID; the next ones know the rest.
        Assert.Null(first.OperatorId);
        Assert.Equal("GBR-OP-123ABCD", observations[1].OperatorId);
        Assert.Null(first.Description);
        Assert.Equal("Recreational", observations[1].Description);
        Assert.Equal(45.5457468, first.Position!.Value.LatitudeDeg, 1e-9);
        Assert.Equal(-122.9681496, first.Position!.Value.LongitudeDeg, 1e-9);
        Assert.Equal(237, first.GeodeticAltitudeM);
        Assert.Null(first.PressureAltitudeM);
        Assert.Equal(100, first.HeightM);
        Assert.Equal(20.5, first.SpeedMps);
        Assert.Equal(92, first.TrackDeg);
        Assert.Null(first.VerticalSpeedMps); // 63 m/s: unknown
        Assert.Equal(30, first.HorizontalAccuracyM);
        Assert.Equal(RemoteIdTransport.WifiBeacon, first.Transport);
        Assert.Null(first.OperatorPosition); // no System message yet
        Assert.Equal(45.5443876, observations[1].OperatorPosition!.Value.LatitudeDeg, 1e-9);
        Assert.Null(observations[1].OperatorAltitudeM);
        Assert.Equal(1, assembler.SenderCount);
        // Timestamp 0 tenths: the full hour nearest the receipt time.
        Assert.Equal(TimeSpan.Zero, first.MeasuredAt.TimeOfDay - TimeSpan.FromHours(first.MeasuredAt.Hour));
        Assert.InRange((first.MeasuredAt - first.ReceivedAt).Duration(), TimeSpan.Zero, TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void TryAdd_SerialAndRegistration_PrefersTheSerialNumber()
    {
        var assembler = new RemoteIdAssembler();
        var sender = new SenderAddress(0x0201_0304_0506);
        Add(assembler, sender, new RemoteIdMessage(new BasicIdMessage(UasIdType.CaaRegistration, UaType.Aeroplane, "REG-1")));
        Add(assembler, sender, new RemoteIdMessage(new BasicIdMessage(UasIdType.SerialNumber, UaType.Aeroplane, "SN-1")));

        RemoteIdObservation? o = Add(assembler, sender, new RemoteIdMessage(new LocationMessage(OperationalStatus.Airborne, 50, 20, 300)));

        Assert.NotNull(o);
        Assert.Equal("SN-1", o.Identity!.UasId);
        Assert.Equal(["REG-1", "SN-1"], o.Identities.Select(i => i.UasId));
        Assert.Equal(new Vigil.Core.GeoPoint(50, 20, 300), o.Position);
    }

    [Fact]
    public void TryAdd_SendersAreKeptApartAndForgottenAfterSilence()
    {
        var assembler = new RemoteIdAssembler(TimeSpan.FromSeconds(10));
        var a = new SenderAddress(1);
        var b = new SenderAddress(2);
        Add(assembler, a, new RemoteIdMessage(new OperatorIdMessage("OP-A")));
        Add(assembler, b, new RemoteIdMessage(new OperatorIdMessage("OP-B")));

        Assert.Equal("OP-B", Add(assembler, b, Location())!.OperatorId);
        Assert.Null(Add(assembler, a, Location(), T0.AddSeconds(11))!.OperatorId);

        assembler.Prune(T0.AddSeconds(30));
        Assert.Equal(0, assembler.SenderCount);
    }

    [Fact]
    public void TryAdd_BeyondTheSenderLimit_ForgetsTheLongestSilent()
    {
        var assembler = new RemoteIdAssembler(maxSenders: 2);
        Add(assembler, new SenderAddress(1), Location(), T0);
        Add(assembler, new SenderAddress(2), Location(), T0.AddSeconds(1));
        Add(assembler, new SenderAddress(3), Location(), T0.AddSeconds(2));

        Assert.Equal(2, assembler.SenderCount);
    }

    private static RemoteIdMessage Location() => new(new LocationMessage(OperationalStatus.Airborne, 1, 2));

    private static RemoteIdObservation? Add(RemoteIdAssembler assembler, SenderAddress sender, RemoteIdMessage message, DateTimeOffset? at = null)
    {
        assembler.TryAdd(new CapturedRemoteIdMessage(message, RemoteIdTransport.BluetoothLegacy, sender, 0, 0, at ?? T0), out RemoteIdObservation? observation);
        return observation;
    }
}
