using Vigil.Core;
using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Sapient;

/// <summary>An alert a node raised (Alert).</summary>
/// <param name="Node">The node.</param>
/// <param name="MeasuredAt">The alert's timestamp.</param>
/// <param name="ReceivedAt">When it was read.</param>
/// <param name="AlertId">The alert's ULID.</param>
/// <param name="Type">Information, warning, critical, ...</param>
/// <param name="Status">Active, cleared, ...</param>
/// <param name="Priority">Low, medium, high.</param>
/// <param name="Description">Text for an operator; empty when absent.</param>
/// <param name="Position">Where the cause is, when given.</param>
public sealed record SapientAlertEvent(
    SensorId Node,
    DateTimeOffset MeasuredAt,
    DateTimeOffset ReceivedAt,
    string AlertId,
    Alert.Types.AlertType Type,
    Alert.Types.AlertStatus Status,
    Alert.Types.DiscretePriority Priority,
    string Description,
    SapientPosition? Position) : SapientEvent(Node, MeasuredAt, ReceivedAt);
