using Vigil.Sensors.Ingest;
using Vigil.Simulation;

namespace Vigil.Pipeline.Wire;

/// <summary>What came through the wire in a replay.</summary>
/// <param name="Plots">The plots ingest produced, as the pipeline takes them (no truth attached).</param>
/// <param name="Datagrams">Messages sent: UDP datagrams and SAPIENT frames.</param>
/// <param name="Bytes">Payload bytes sent (SAPIENT frames with their length prefix).</param>
/// <param name="Counters">Per-sensor messages accepted and rejected.</param>
/// <param name="Health">Every change of a sensor's health, in time order.</param>
/// <param name="FinalHealth">Each sensor's health at the end.</param>
/// <param name="Fixes">The positions drones broadcast in Remote ID, as the receivers heard them.</param>
/// <param name="Captures">Each Remote ID receiver's pcapng capture, as replayed into ingest.</param>
public sealed record WireResult(
    IReadOnlyList<SimulatedPlot> Plots,
    long Datagrams,
    long Bytes,
    IReadOnlyList<SensorCounts> Counters,
    IReadOnlyList<HealthChange> Health,
    IReadOnlyList<(Vigil.Core.SensorId Sensor, Vigil.Sensors.SensorHealth Health)> FinalHealth,
    IReadOnlyList<RemoteIdFix> Fixes,
    IReadOnlyList<(Vigil.Core.SensorId Receiver, byte[] Capture)> Captures)
{
    /// <summary>Every sensor heard or watched, by name: its health (null for a receiver whose silence means nothing) and its counts.</summary>
    public IReadOnlyList<(Vigil.Core.SensorId Sensor, Vigil.Sensors.SensorHealth? Health, SensorCounts? Counts)> Sensors() =>
        [.. FinalHealth.Select(h => h.Sensor).Union(Counters.Select(c => c.Sensor)).OrderBy(s => s.Value, StringComparer.Ordinal)
            .Select(s => (s, FinalHealth.Where(h => h.Sensor == s).Select(h => (Vigil.Sensors.SensorHealth?)h.Health).FirstOrDefault(),
                Counters.FirstOrDefault(c => c.Sensor == s)))];
}
