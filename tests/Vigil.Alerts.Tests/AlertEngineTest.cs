using Vigil.Core;
using Vigil.Geo;
using Vigil.Tracking;
using static Vigil.Alerts.Tests.TrackPaths;

namespace Vigil.Alerts.Tests;

public class AlertEngineTest
{
    private static readonly BorderAtlas Atlas = BorderAtlas.LoadBundled();

    private static AlertEngine NewEngine() => new(Atlas, new AlertOptions());

    [Fact]
    public void Observe_DroneCrossesIntoBajaur_RaisesOneCrossingAlert()
    {
        List<Alert> alerts = Run(NewEngine(), Line(1, KunarSide, BajaurSide, T0, 4, 150, Drone));

        Alert a = Assert.Single(alerts);
        Assert.Equal(AlertKind.BorderCrossing, a.Kind);
        Assert.Equal("AF-PK", a.Border);
        Assert.Equal("AF", a.From);
        Assert.Equal("PK", a.To);
        Assert.Equal("Bajaur", a.Sector);
        Assert.Equal("Khyber Pakhtunkhwa", a.Province);
        Assert.Equal(ObjectClass.Drone, a.Classification);
        Assert.Equal(0.9, a.Probability, 6);
        Assert.InRange(a.Position.LongitudeDeg, 71.25, 71.28);
        Assert.True(a.RaisedAt >= a.Time);
    }

    [Fact]
    public void Observe_BirdCrosses_RaisesNothing()
    {
        Assert.Empty(Run(NewEngine(), Line(1, KunarSide, BajaurSide, T0, 4, 150, Bird)));
    }

    [Fact]
    public void Observe_CrossingWhileTentative_AlertsOnConfirmationWithOriginalTime()
    {
        // 150 steps of 4 s over 0.13° of longitude: the line (71.2645° E at this latitude) is passed at step 74.4.
        List<TrackUpdate> path = Line(1, KunarSide, BajaurSide, T0, 4, 150, Drone, confirmAfter: 100);
        List<Alert> alerts = Run(NewEngine(), path);

        Alert a = Assert.Single(alerts);
        Assert.Equal(path[100].At, a.RaisedAt);
        Assert.InRange(a.Time, path[74].At, path[75].At);
    }

    [Fact]
    public void Observe_JitterAcrossTheLine_RaisesNothing()
    {
        // A track hovering on the line: alternately 40 m either side, never committing.
        var onLine = new GeoPoint(34.8273, 71.26322, 1500);
        var updates = new List<TrackUpdate>();
        for (int i = 0; i < 60; i++)
        {
            double dLon = (i % 2 == 0 ? -1 : 1) * 0.0004;
            var p = new GeoPoint(onLine.LatitudeDeg, onLine.LongitudeDeg + dLon, 1500);
            updates.Add(new TrackUpdate(new TrackId(1), T0.AddSeconds(i * 2), TrackStatus.Confirmed, p, default, Drone, true, i + 1));
        }

        Assert.Empty(Run(NewEngine(), updates));
    }

    [Fact]
    public void Observe_CrossesAndReturns_RaisesBothDirections()
    {
        List<TrackUpdate> outbound = Line(1, KunarSide, BajaurSide, T0, 4, 150, Drone);
        List<TrackUpdate> back = Line(1, BajaurSide, KunarSide, outbound[^1].At.AddSeconds(4), 4, 150, Drone);
        List<Alert> alerts = Run(NewEngine(), [.. outbound, .. back]);

        Assert.Equal(2, alerts.Count);
        Assert.Equal(("AF", "PK"), (alerts[0].From, alerts[0].To));
        Assert.Equal(("PK", "AF"), (alerts[1].From, alerts[1].To));
    }

    [Fact]
    public void Observe_ThreeDronesClose_RaiseOneSwarmAndFourthJoinsSilently()
    {
        var tracks = new List<TrackUpdate>[4];
        for (int i = 0; i < 4; i++)
        {
            double dLat = i * 0.01; // about 1.1 km apart
            tracks[i] = Line(i + 1, new GeoPoint(KunarSide.LatitudeDeg + dLat, KunarSide.LongitudeDeg, 1500),
                new GeoPoint(BajaurSide.LatitudeDeg + dLat, BajaurSide.LongitudeDeg, 1500), T0.AddSeconds(i * 30), 4, 150, Drone);
        }

        List<Alert> alerts = Run(NewEngine(), tracks);

        Assert.Equal(4, alerts.Count(a => a.Kind == AlertKind.BorderCrossing));
        Alert swarm = Assert.Single(alerts, a => a.Kind == AlertKind.Swarm);
        Assert.Equal(3, swarm.TrackIds.Count);
        Assert.Equal(3, swarm.RelatedAlertIds.Count);
        Assert.Equal("Bajaur", swarm.Sector);
    }

    [Fact]
    public void Observe_TwoDronesClose_RaiseNoSwarm()
    {
        List<Alert> alerts = Run(NewEngine(),
            Line(1, KunarSide, BajaurSide, T0, 4, 150, Drone),
            Line(2, KunarSide, BajaurSide, T0.AddSeconds(10), 4, 150, Drone));
        Assert.DoesNotContain(alerts, a => a.Kind == AlertKind.Swarm);
    }

    [Fact]
    public void Observe_ThreeDronesTooFarApartInTime_RaiseNoSwarm()
    {
        List<Alert> alerts = Run(NewEngine(),
            Line(1, KunarSide, BajaurSide, T0, 4, 150, Drone),
            Line(2, KunarSide, BajaurSide, T0.AddMinutes(6), 4, 150, Drone),
            Line(3, KunarSide, BajaurSide, T0.AddMinutes(12), 4, 150, Drone));
        Assert.Equal(3, alerts.Count);
        Assert.DoesNotContain(alerts, a => a.Kind == AlertKind.Swarm);
    }

    [Fact]
    public void Observe_DeletedTrack_ForgetsIt()
    {
        var engine = NewEngine();
        List<TrackUpdate> path = Line(1, KunarSide, BajaurSide, T0, 4, 150, Drone);
        var alerts = new List<Alert>();
        engine.Observe(path[0], alerts);
        engine.Observe(path[0] with { Status = TrackStatus.Deleted }, alerts);

        // A new track reusing the id starts fresh: its first update cannot make a crossing with the old one.
        engine.Observe(path[^1] with { At = path[0].At.AddSeconds(1) }, alerts);
        Assert.Empty(alerts);
    }
}
