using Vigil.Alerts;
using Vigil.Core;
using Vigil.Geo;
using Vigil.Incidents;
using Vigil.Pipeline;
using Vigil.Pipeline.Wire;
using Vigil.Simulation;
using Xunit.Abstractions;

namespace Vigil.EndToEnd.Tests;

/// <summary>
/// The acceptance bar of the border scenarios, through the real simulator, the sensors' wire formats
/// over loopback and ingest, trackers, classifier, alert rules and incident grouping: every drone
/// crossing alerted within 10 s and 300 m, no alert for birds or aircraft, two incidents, one swarm —
/// for the bundled seed and 20 others; and the same alerts as when the plots skip the wire.
/// </summary>
public class ScenarioAcceptanceTest(ITestOutputHelper output)
{
    private const string June30 = "2026-06-30-balochistan-bajaur.yaml";
    private const string Badakhshan = "2025-11-26-badakhshan-tajikistan.yaml";
    private static readonly BorderAtlas Atlas = BorderAtlas.LoadBundled();

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int> { 0 };
        for (int i = 1; i <= 20; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void June30_AnySeed_AlertsEveryDroneCrossingAndNothingElse(int seedOffset)
    {
        Scenario scenario = Scenarios.Load(June30);
        if (seedOffset != 0)
        {
            scenario = scenario.WithSeed(scenario.Seed + (1000 * seedOffset));
        }

        (PipelineResult result, Evaluation evaluation) = Run(scenario);

        Assert.Equal(5, evaluation.Matches.Count);
        foreach (CrossingMatch m in evaluation.Matches)
        {
            output.WriteLine($"seed {scenario.Seed} {m.Truth.TargetId}: alert {m.Alert?.Id} dt {m.TimeErrorS:F2} s, dpos {m.PositionErrorM:F0} m, latency {m.LatencyS:F1} s");
            Assert.True(m.Alert is not null, $"seed {scenario.Seed}: crossing of {m.Truth.TargetId} at {m.Truth.Time:HH:mm:ss} not alerted");
            Assert.True(Math.Abs(m.TimeErrorS) <= 10, $"seed {scenario.Seed}: {m.Truth.TargetId} time error {m.TimeErrorS:F1} s");
            Assert.True(m.PositionErrorM <= 300, $"seed {scenario.Seed}: {m.Truth.TargetId} position error {m.PositionErrorM:F0} m");
        }

        Assert.True(evaluation.UnmatchedAlerts.Count == 0,
            $"seed {scenario.Seed}: false alerts {string.Join(", ", evaluation.UnmatchedAlerts.Select(a => $"{a.Id} {a.TrackId} {a.Sector} {a.Time:HH:mm:ss}"))}");

        Assert.Equal(2, result.Incidents.Count);
        Incident balochistan = Assert.Single(result.Incidents, i => i.Province == "Balochistan");
        Incident bajaur = Assert.Single(result.Incidents, i => i.Sector == "Bajaur");
        Assert.Equal(4, balochistan.DroneCount);
        Assert.Equal(1, bajaur.DroneCount);

        Alert swarm = Assert.Single(result.Alerts, a => a.Kind == AlertKind.Swarm);
        Assert.Contains(swarm.Id, balochistan.AlertIds);
        Assert.All(swarm.TrackIds, t => Assert.Contains(t, balochistan.DroneTrackIds));
    }

    [Fact]
    public void Badakhshan_OneCrossingIntoTajikistan_AndTheRegisteredPatrolRaisesNone()
    {
        Scenario scenario = Scenarios.Load(Badakhshan);
        (PipelineResult result, Evaluation evaluation) = Run(scenario);

        Alert a = Assert.Single(result.Alerts);
        Assert.Equal(("AF-TJ", "AF", "TJ"), (a.Border, a.From, a.To));
        CrossingMatch m = Assert.Single(evaluation.Matches);
        Assert.Same(a, m.Alert);
        Assert.Equal("uas-1", m.Truth.TargetId);
        Assert.Single(result.Incidents);

        // The patrol crosses twice, identifies itself by Remote ID, and is on the allow-list.
        Assert.Equal(["tj-patrol"], scenario.RegisteredTargets());
        Assert.NotEmpty(result.Cooperative);
        Assert.All(result.Cooperative, c => Assert.Equal(("TJBG-PATROL-0042", true), (c.Fix.UasId, c.Registered)));
        Assert.DoesNotContain(result.Cooperative, c => c.Track == a.TrackId);
    }

    [Fact]
    public void Badakhshan_WithoutTheAllowList_ThePatrolIsAlerted()
    {
        Scenario scenario = Scenarios.Load(Badakhshan) with { RegisteredDrones = [] };
        (PipelineResult result, _) = Run(scenario);

        Assert.All(result.Cooperative, c => Assert.False(c.Registered));
        Assert.Contains(result.Alerts, a => (a.From, a.To) == ("TJ", "AF"));
        Assert.True(result.Alerts.Count >= 2, $"{result.Alerts.Count} alerts");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task June30_OverTheWire_SameAlertsAsPlotsHandedOver(int seedOffset)
    {
        Scenario scenario = Scenarios.Load(June30);
        scenario = scenario.WithSeed(scenario.Seed + (1000 * seedOffset));
        SimulationRun simulation = new Simulator(scenario).Run();
        var pipeline = new ScenarioPipeline(Atlas, new PipelineOptions());

        WireResult wire = await WireReplay.RunAsync(simulation, CancellationToken.None);
        IReadOnlyList<Alert> direct = pipeline.Run(scenario.Radars, simulation.Plots).Alerts;
        IReadOnlyList<Alert> overWire = pipeline.Run(scenario.Radars, wire.Plots).Alerts;

        // Every plot arrives in its scan, its time within half of I140's 1/128 s.
        Assert.Equal(simulation.Plots.Count, wire.Plots.Count);
        ILookup<(SensorId, int), SimulatedPlot> sentByScan = simulation.Plots.ToLookup(p => (p.Detection.Sensor, p.Scan));
        ILookup<(SensorId, int), SimulatedPlot> gotByScan = wire.Plots.ToLookup(p => (p.Detection.Sensor, p.Scan));
        foreach (IGrouping<(SensorId, int), SimulatedPlot> scan in sentByScan)
        {
            IEnumerable<DateTimeOffset> sent = scan.Select(p => p.Detection.MeasuredAt).Order();
            IEnumerable<DateTimeOffset> got = gotByScan[scan.Key].Select(p => p.Detection.MeasuredAt).Order();
            Assert.Equal(scan.Count(), got.Count());
            Assert.All(sent.Zip(got), t => Assert.InRange((t.First - t.Second).Duration().TotalSeconds, 0, 1.0 / 256));
        }

        Assert.All(wire.Counters, c => Assert.Equal(0, c.Rejected));
        Assert.Equal(
            direct.Select(a => (a.Kind, a.Border, a.From, a.To, a.Sector, a.Classification)),
            overWire.Select(a => (a.Kind, a.Border, a.From, a.To, a.Sector, a.Classification)));
        foreach ((Alert d, Alert w) in direct.Zip(overWire))
        {
            output.WriteLine($"seed {scenario.Seed} {d.Id}: direct {d.Time:HH:mm:ss.fff}, over the wire {w.Time:HH:mm:ss.fff}");
            Assert.InRange((w.Time - d.Time).Duration().TotalSeconds, 0, 1);
        }
    }

    private static (PipelineResult Result, Evaluation Evaluation) Run(Scenario scenario)
    {
        SimulationRun simulation = new Simulator(scenario).Run();
        WireResult wire = WireReplay.RunAsync(simulation, CancellationToken.None).GetAwaiter().GetResult();
        var pipeline = new ScenarioPipeline(Atlas, new PipelineOptions());
        PipelineResult result = pipeline.Run(scenario.Radars, wire.Plots, wire.Fixes, scenario.RegisteredDrones.ToHashSet());
        IReadOnlySet<string> registered = scenario.RegisteredTargets();
        return (result, Evaluation.Of([.. pipeline.TruthCrossings(simulation.Truth).Where(c => !registered.Contains(c.TargetId))], result.Alerts));
    }
}
