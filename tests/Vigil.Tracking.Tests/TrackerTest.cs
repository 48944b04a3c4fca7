using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Tracking.Tests;

public class TrackerTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Process_ThreeDronesTwoRadarsWithClutter_ThreeAccurateConfirmedTracks(int seed)
    {
        var scene = new Scene();
        scene.AddRadar("a", -3000, -6000);
        scene.AddRadar("b", 4000, 5000);
        scene.Targets.Add((new Enu(-8000, 0, 0), new Enu(20, 0, 0), -13));
        scene.Targets.Add((new Enu(0, -8000, 100), new Enu(0, 20, 0), -14));
        scene.Targets.Add((new Enu(6000, 6000, 200), new Enu(-14, -14, 0), -12));
        var tracker = new Tracker(scene.Frame, scene.Radars, new TrackerOptions());

        List<TrackUpdate> updates = scene.Run(tracker, scans: 240, seed);

        // Each target is followed by one confirmed track to the end.
        var live = tracker.Tracks.Where(t => t.Status == TrackStatus.Confirmed).ToList();
        Assert.Equal(3, live.Count);

        // Position error over the last 100 s, each track against its nearest target.
        double sumSq = 0;
        int n = 0;
        foreach (TrackUpdate u in updates.Where(u => u.Status == TrackStatus.Confirmed && u.Detected && (u.At - Scene.T0).TotalSeconds > 140))
        {
            Enu p = scene.Frame.ToEnu(u.Position);
            double best = Enumerable.Range(0, 3).Min(i => (p - scene.TruthAt(i, (u.At - Scene.T0).TotalSeconds)).HorizontalLength);
            sumSq += best * best;
            n++;
        }

        double rmse = Math.Sqrt(sumSq / n);
        Assert.True(rmse < 40, $"horizontal RMSE {rmse:F1} m");

        // No confirmed track ever followed clutter: every confirmed update stays near a target.
        foreach (TrackUpdate u in updates.Where(u => u.Status == TrackStatus.Confirmed))
        {
            Enu p = scene.Frame.ToEnu(u.Position);
            double best = Enumerable.Range(0, 3).Min(i => (p - scene.TruthAt(i, (u.At - Scene.T0).TotalSeconds)).HorizontalLength);
            Assert.True(best < 300, $"confirmed track {u.Id} is {best:F0} m from any target at {u.At:HH:mm:ss}");
        }

        Assert.All(live, t => Assert.Equal(ObjectClass.Drone, t.Evidence.Probabilities.MostLikely));
    }

    [Fact]
    public void Tracks_ConfirmAfterMOfN_AndAreDeletedAfterMisses()
    {
        var scene = new Scene();
        RadarSite radar = scene.AddRadar("a", 0, 0, falseAlarms: 0);
        var options = new TrackerOptions();
        var tracker = new Tracker(scene.Frame, scene.Radars, options);
        var updates = new List<TrackUpdate>();
        var local = new LocalFrame(radar.Position);
        TrackStatus Status() => tracker.Tracks.Single().Status;

        for (int k = 0; k < 3; k++)
        {
            DateTimeOffset at = Scene.T0.AddSeconds(k);
            (double r, double az, double el) = Polar.FromEnu(local.ToEnu(scene.Frame.ToGeodetic(new Enu(5000 + (20 * k), 0, 0))));
            tracker.Process([new Detection(radar.Id, at, at, r, az, el, -13)], updates);
            tracker.EndScan(radar.Id, at.AddSeconds(-0.5), at.AddSeconds(0.5), updates);
            Assert.Equal(k < options.ConfirmHits - 1 ? TrackStatus.Tentative : TrackStatus.Confirmed, Status());
        }

        // Misses: the track survives ConfirmedMaxMisses − 1 of them and goes on the next.
        for (int k = 0; k < options.ConfirmedMaxMisses; k++)
        {
            DateTimeOffset at = Scene.T0.AddSeconds(3 + k);
            updates.Clear();
            tracker.EndScan(radar.Id, at.AddSeconds(-0.5), at.AddSeconds(0.5), updates);
            if (k < options.ConfirmedMaxMisses - 1)
            {
                Assert.Equal(TrackStatus.Confirmed, Status());
            }
        }

        Assert.Empty(tracker.Tracks);
        Assert.Equal(TrackStatus.Deleted, updates[^1].Status);
    }

    [Fact]
    public void Tracks_TentativeFromClutter_AreDeletedQuickly()
    {
        var scene = new Scene();
        RadarSite radar = scene.AddRadar("a", 0, 0, falseAlarms: 0);
        var tracker = new Tracker(scene.Frame, scene.Radars, new TrackerOptions());
        var updates = new List<TrackUpdate>();
        tracker.Process([new Detection(radar.Id, Scene.T0, Scene.T0, 8000, 45, 1, -20)], updates);
        Assert.Single(tracker.Tracks);
        for (int k = 1; k <= 2; k++)
        {
            tracker.EndScan(radar.Id, Scene.T0.AddSeconds(k - 0.5), Scene.T0.AddSeconds(k + 0.5), updates);
        }

        Assert.Empty(tracker.Tracks);
    }

    private static Measurement Plot(double east, double north, DateTimeOffset at)
    {
        Measurement m = default;
        m.Position = Vector3.Of(east, north, 0);
        m.Covariance = Matrix3.Diagonal(100, 100, 100);
        m.At = at;
        m.RcsDbsm = double.NaN;
        return m;
    }

    [Fact]
    public void TrackScore_ConfirmsAtTheThreshold_AndDeletesAfterTheDropFromPeak()
    {
        var scene = new Scene();
        RadarSite radar = scene.AddRadar("a", 0, 0, falseAlarms: 1);
        var score = new TrackScoreOptions();
        var tracker = new Tracker(scene.Frame, scene.Radars, new TrackerOptions { TrackScore = score });
        var updates = new List<TrackUpdate>();
        Track Only() => tracker.Tracks.Single();

        double previous = double.NaN;
        for (int k = 0; k < 6; k++)
        {
            DateTimeOffset at = Scene.T0.AddSeconds(k);
            tracker.Process(0, [Plot(5000 + (20 * k), 0, at)], updates);
            tracker.EndScan(radar.Id, at.AddSeconds(-0.5), at.AddSeconds(0.5), updates);
            Track t = Only();
            if (k == 0)
            {
                Assert.Equal(score.InitialScore, t.Score, 12);
            }
            else
            {
                Assert.True(t.Score > previous, $"scan {k}: a plot on the track must raise its score ({previous} → {t.Score})");
            }

            Assert.Equal(t.PeakScore >= score.ConfirmThreshold ? TrackStatus.Confirmed : TrackStatus.Tentative, t.Status);
            previous = t.Score;
        }

        Assert.Equal(TrackStatus.Confirmed, Only().Status);

        // Each miss costs ln(1 − P_D) = ln 0.1; the default drop of 9 deletes on the fourth.
        for (int k = 0; k < 4; k++)
        {
            DateTimeOffset at = Scene.T0.AddSeconds(6 + k);
            tracker.EndScan(radar.Id, at.AddSeconds(-0.5), at.AddSeconds(0.5), updates);
            if (k < 3)
            {
                Assert.Equal(previous + ((k + 1) * Math.Log(0.1)), Only().Score, 9);
            }
        }

        Assert.Empty(tracker.Tracks);
        Assert.Equal(TrackStatus.Deleted, updates[^1].Status);
    }

    [Fact]
    public void TrackScore_TentativeFromOnePlot_IsDroppedAtItsFirstMiss()
    {
        var scene = new Scene();
        RadarSite radar = scene.AddRadar("a", 0, 0, falseAlarms: 1);
        var tracker = new Tracker(scene.Frame, scene.Radars, new TrackerOptions { TrackScore = new TrackScoreOptions() });
        var updates = new List<TrackUpdate>();
        tracker.Process(0, [Plot(8000, 3000, Scene.T0)], updates);
        tracker.EndScan(radar.Id, Scene.T0.AddSeconds(-0.5), Scene.T0.AddSeconds(0.5), updates);
        Assert.Single(tracker.Tracks);
        tracker.EndScan(radar.Id, Scene.T0.AddSeconds(0.5), Scene.T0.AddSeconds(1.5), updates);
        Assert.Empty(tracker.Tracks);
    }

    [Fact]
    public void Process_PlotOfUnknownSensor_IsCountedAndIgnored()
    {
        var scene = new Scene();
        scene.AddRadar("a", 0, 0);
        var tracker = new Tracker(scene.Frame, scene.Radars, new TrackerOptions());
        var updates = new List<TrackUpdate>();
        tracker.Process([new Detection(new SensorId("elsewhere"), Scene.T0, Scene.T0, 1000, 10, 1, -10)], updates);
        Assert.Empty(updates);
        Assert.Equal(1, tracker.UnknownSensorPlots);
    }
}
