using Vigil.Core;

namespace Vigil.Simulation.Wire;

/// <summary>A datagram a simulated sensor sends.</summary>
/// <param name="Sensor">The sender.</param>
/// <param name="SentAt">When it leaves the sensor (UTC): after every measurement it holds.</param>
/// <param name="Payload">The bytes on the wire.</param>
public sealed record WireDatagram(SensorId Sensor, DateTimeOffset SentAt, byte[] Payload);
