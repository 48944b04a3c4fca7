using Vigil.Core;
using Vigil.Geo;
using Vigil.Tracking.Classification;

namespace Vigil.Tracking.Tests;

public class ClassificationTest
{
    [Theory]
    [InlineData(-13.0, 20.0, 2300.0, ObjectClass.Drone)]
    [InlineData(-30.0, 10.0, 2100.0, ObjectClass.Bird)]
    [InlineData(25.0, 230.0, 11000.0, ObjectClass.Aircraft)]
    [InlineData(-15.0, 35.0, 1500.0, ObjectClass.Drone)]
    [InlineData(-28.0, 7.0, 4000.0, ObjectClass.Bird)]
    public void Evidence_TypicalPlots_GiveTheirClassAbove90Percent(double meanRcs, double speed, double altitude, ObjectClass expected)
    {
        // Swerling-1 plots: exponential power around the mean RCS, plus 1 dB of measurement noise.
        var rng = new Random(5);
        var evidence = new ClassEvidence();
        var options = new ClassifierOptions();
        for (int hit = 1; hit <= 15; hit++)
        {
            double plot = (10 * Math.Log10(Math.Pow(10, meanRcs / 10) * -Math.Log(1 - rng.NextDouble()))) + rng.NextDouble() - 0.5;
            evidence.Update(plot, speed, altitude, hit, options);
        }

        Assert.Equal(expected, evidence.Probabilities.MostLikely);
        Assert.True(evidence.Probabilities[expected] > 0.9, evidence.Probabilities.ToString());
    }

    [Fact]
    public void Evidence_NoData_IsUniform()
    {
        var evidence = new ClassEvidence();
        evidence.Update(double.NaN, 0, 0, hits: 0, new ClassifierOptions());
        Assert.Equal(1.0 / 3, evidence.Probabilities.Drone, 9);
        Assert.Equal(1.0 / 3, evidence.Probabilities.Bird, 9);
    }

    [Fact]
    public void Tracker_BirdLikeAndAircraftLikeTracks_AreClassified()
    {
        var scene = new Scene();
        scene.AddRadar("a", 0, -3000, falseAlarms: 0);
        scene.Targets.Add((new Enu(-3000, 2000, 0), new Enu(9, 3, 0), -30));        // bird
        scene.Targets.Add((new Enu(-15000, 5000, 9000), new Enu(230, 0, 0), 25));  // aircraft
        var tracker = new Tracker(scene.Frame, scene.Radars, new TrackerOptions());
        scene.Run(tracker, scans: 60, seed: 4);

        Track bird = tracker.Tracks.Single(t => (scene.Frame.ToEnu(Position(t)) - scene.TruthAt(0, 59)).HorizontalLength < 500);
        Track aircraft = tracker.Tracks.Single(t => (scene.Frame.ToEnu(Position(t)) - scene.TruthAt(1, 59)).HorizontalLength < 2000);
        Assert.Equal(ObjectClass.Bird, bird.Evidence.Probabilities.MostLikely);
        Assert.True(bird.Evidence.Probabilities.Bird > 0.9, bird.Evidence.Probabilities.ToString());
        Assert.Equal(ObjectClass.Aircraft, aircraft.Evidence.Probabilities.MostLikely);
        Assert.True(aircraft.Evidence.Probabilities.Aircraft > 0.9, aircraft.Evidence.Probabilities.ToString());
    }

    private static GeoPoint Position(Track t) =>
        new LocalFrame(Scene.Origin).ToGeodetic(new Enu(t.State.Mean[0], t.State.Mean[1], t.State.Mean[2]));
}
