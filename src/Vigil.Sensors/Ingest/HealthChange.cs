using Vigil.Core;

namespace Vigil.Sensors.Ingest;

/// <summary>A sensor's health changed.</summary>
/// <param name="Sensor">The sensor.</param>
/// <param name="At">When (message time; for silence, when the allowed interval ran out).</param>
/// <param name="From">The health before.</param>
/// <param name="To">The health after.</param>
public readonly record struct HealthChange(SensorId Sensor, DateTimeOffset At, SensorHealth From, SensorHealth To);
