using Vigil.Core;

namespace Vigil.Sensors.Sapient;

/// <summary>Something an accepted SAPIENT message told us, delivered by <see cref="SapientServer"/>.</summary>
/// <param name="Node">The registered node that sent it (its UUID).</param>
/// <param name="MeasuredAt">The message's own timestamp (UTC).</param>
/// <param name="ReceivedAt">When the server read it (UTC, from its clock).</param>
public abstract record SapientEvent(SensorId Node, DateTimeOffset MeasuredAt, DateTimeOffset ReceivedAt);
