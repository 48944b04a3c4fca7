using Vigil.Core;
using Vigil.Pipeline.Wire;
using Vigil.Sensors;
using Vigil.Sensors.Ingest;
using Vigil.Simulation;

namespace Vigil.EndToEnd.Tests;

/// <summary>Jamming windows reach the picture through the radars' own service messages, over the wire.</summary>
public class WireJammingTest
{
    [Fact]
    public async Task Silencing_shows_jammed_degrading_shows_degraded_and_both_recover()
    {
        Scenario june30 = Scenarios.Load("2026-06-30-balochistan-bajaur.yaml");
        SensorId silenced = june30.Radars[0].Id, degraded = june30.Radars[1].Id;
        Scenario scenario = june30 with
        {
            Jamming =
            [
                new JammingWindow { Sensor = silenced, From = TimeSpan.FromMinutes(5), To = TimeSpan.FromMinutes(7), Effect = JammingEffect.Silence },
                new JammingWindow { Sensor = degraded, From = TimeSpan.FromMinutes(10), To = TimeSpan.FromMinutes(11), Effect = JammingEffect.Degrade },
            ],
        };
        SimulationRun simulation = new Simulator(scenario).Run();

        WireResult wire = await WireReplay.RunAsync(simulation, CancellationToken.None);

        HealthChange[] jam = [.. wire.Health.Where(c => c.Sensor == silenced)];
        Assert.Equal([SensorHealth.Jammed, SensorHealth.Ok], jam.Select(c => c.To));
        Assert.InRange(jam[0].At - scenario.Start, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5) + june30.Radars[0].ScanPeriod);
        Assert.InRange(jam[1].At - scenario.Start, TimeSpan.FromMinutes(7), TimeSpan.FromMinutes(7) + june30.Radars[0].ScanPeriod);
        Assert.DoesNotContain(wire.Plots, p => p.Detection.Sensor == silenced
            && p.Detection.MeasuredAt >= jam[0].At && p.Detection.MeasuredAt < jam[1].At);

        Assert.Equal([SensorHealth.Degraded, SensorHealth.Ok], wire.Health.Where(c => c.Sensor == degraded).Select(c => c.To));
        Assert.All(wire.FinalHealth, h => Assert.Equal(SensorHealth.Ok, h.Health));
        Assert.All(wire.Counters, c => Assert.Equal(0, c.Rejected));
    }

    [Fact]
    public async Task A_radar_that_stops_sending_falls_silent()
    {
        Scenario june30 = Scenarios.Load("2026-06-30-balochistan-bajaur.yaml");
        SimulationRun full = new Simulator(june30).Run();
        SensorId quiet = june30.Radars[0].Id;
        DateTimeOffset cut = june30.Start + TimeSpan.FromMinutes(3);
        // The radar's head loses power three minutes in: no more plots, no more north markers.
        SimulationRun run = full with
        {
            Plots = [.. full.Plots.Where(p => p.Detection.Sensor != quiet || p.Detection.MeasuredAt < cut)],
            Scans = [.. full.Scans.Where(s => s.Sensor != quiet || s.StartedAt < cut)],
        };

        WireResult wire = await WireReplay.RunAsync(run, CancellationToken.None);

        HealthChange silent = Assert.Single(wire.Health, c => c.Sensor == quiet);
        Assert.Equal(SensorHealth.Silent, silent.To);
        Assert.InRange(silent.At - cut, TimeSpan.Zero, june30.Radars[0].ScanPeriod * (SensorHealthMonitor.SilenceFactor + 1));
        Assert.Equal(SensorHealth.Silent, wire.FinalHealth.Single(h => h.Sensor == quiet).Health);
    }

    [Fact]
    public async Task A_counter_drone_node_reports_its_jamming_over_sapient()
    {
        Scenario badakhshan = Scenarios.Load("2025-11-26-badakhshan-tajikistan.yaml");
        RadarSite node = Assert.Single(badakhshan.Radars);
        Assert.Equal(SensorLink.Sapient, badakhshan.LinkOf(node.Id));
        Scenario scenario = badakhshan with
        {
            Jamming =
            [
                new JammingWindow { Sensor = node.Id, From = TimeSpan.FromMinutes(2), To = TimeSpan.FromMinutes(3), Effect = JammingEffect.Silence },
                new JammingWindow { Sensor = node.Id, From = TimeSpan.FromMinutes(4), To = TimeSpan.FromMinutes(5), Effect = JammingEffect.Degrade },
            ],
        };
        SimulationRun simulation = new Simulator(scenario).Run();

        WireResult wire = await WireReplay.RunAsync(simulation, CancellationToken.None);

        Assert.Equal(
            [SensorHealth.Jammed, SensorHealth.Ok, SensorHealth.Degraded, SensorHealth.Ok],
            wire.Health.Where(c => c.Sensor == node.Id).Select(c => c.To));
        Assert.Equal(simulation.Plots.Count, wire.Plots.Count);
        Assert.Equal(
            simulation.Plots.Select(p => (p.Detection.MeasuredAt, p.Scan, p.Detection.RangeM, p.Detection.AzimuthDeg, p.Detection.RcsDbsm)).Order(),
            wire.Plots.Select(p => (p.Detection.MeasuredAt, p.Scan, p.Detection.RangeM, p.Detection.AzimuthDeg, p.Detection.RcsDbsm)).Order());
        SensorCounts counts = Assert.Single(wire.Counters, c => c.Sensor == node.Id);
        Assert.All(wire.Counters, c => Assert.Equal(0, c.Rejected));
        Assert.Equal(simulation.Plots.Count + simulation.Scans.Count, counts.Accepted);
    }
}
