using Vigil.Core;
using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Simulation.Wire;

/// <summary>A SAPIENT message a simulated node sends.</summary>
/// <param name="Sensor">The sender.</param>
/// <param name="SentAt">When it leaves the node (UTC).</param>
/// <param name="Message">The message.</param>
public sealed record SapientMessageOut(SensorId Sensor, DateTimeOffset SentAt, SapientMessage Message);
