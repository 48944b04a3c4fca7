using Vigil.Sensors.Ingest;
using Vigil.Simulation;

namespace Vigil.Pipeline.Wire;

/// <summary>What came through the wire in a replay.</summary>
/// <param name="Plots">The plots ingest produced, as the pipeline takes them (no truth attached).</param>
/// <param name="Datagrams">Datagrams sent.</param>
/// <param name="Bytes">Payload bytes sent.</param>
/// <param name="Counters">Per-sensor messages accepted and rejected.</param>
/// <param name="Health">Every change of a sensor's health, in time order.</param>
/// <param name="FinalHealth">Each sensor's health at the end.</param>
public sealed record WireResult(
    IReadOnlyList<SimulatedPlot> Plots,
    long Datagrams,
    long Bytes,
    IReadOnlyList<SensorCounts> Counters,
    IReadOnlyList<HealthChange> Health,
    IReadOnlyList<(Vigil.Core.SensorId Sensor, Vigil.Sensors.SensorHealth Health)> FinalHealth);
