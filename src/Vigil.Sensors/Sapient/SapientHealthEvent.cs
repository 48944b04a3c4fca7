using Vigil.Core;
using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Sapient;

/// <summary>A node's heartbeat (StatusReport), with its health summarised by <see cref="SapientHealth.Classify"/>.</summary>
/// <param name="Node">The node.</param>
/// <param name="MeasuredAt">The report's timestamp.</param>
/// <param name="ReceivedAt">When it was read.</param>
/// <param name="Health">The summary.</param>
/// <param name="System">The node's own system state (OK, WARNING, ERROR, GOODBYE).</param>
/// <param name="Mode">The node's current mode name.</param>
/// <param name="Entries">The report's status lines.</param>
public sealed record SapientHealthEvent(
    SensorId Node,
    DateTimeOffset MeasuredAt,
    DateTimeOffset ReceivedAt,
    SensorHealth Health,
    StatusReport.Types.System System,
    string Mode,
    IReadOnlyList<SapientStatusEntry> Entries) : SapientEvent(Node, MeasuredAt, ReceivedAt);
