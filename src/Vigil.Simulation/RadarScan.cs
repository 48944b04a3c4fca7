using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>One antenna revolution of a simulated sensor: when it began and whether it was jammed.</summary>
/// <param name="Sensor">The sensor.</param>
/// <param name="Scan">The scan number, from 0, as in <see cref="SimulatedPlot.Scan"/>.</param>
/// <param name="StartedAt">When the antenna passed north (UTC).</param>
/// <param name="Jamming">The jamming window in force at the scan's start, or null.</param>
public sealed record RadarScan(SensorId Sensor, int Scan, DateTimeOffset StartedAt, JammingWindow? Jamming);
