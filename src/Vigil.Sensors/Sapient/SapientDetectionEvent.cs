using Vigil.Core;

namespace Vigil.Sensors.Sapient;

/// <summary>One object a node detected (DetectionReport).</summary>
/// <param name="Node">The node.</param>
/// <param name="MeasuredAt">The report's timestamp.</param>
/// <param name="ReceivedAt">When it was read.</param>
/// <param name="ReportId">The report's ULID.</param>
/// <param name="ObjectId">The object's ULID, kept by the node across reports of the same object when it tracks.</param>
/// <param name="Position">Where the object is.</param>
/// <param name="Velocity">Its velocity when the node sent one (an ENU velocity in m/s or km/h); null otherwise.</param>
/// <param name="ClassType">The most confident classification's type (e.g. "Air Vehicle"); null when unclassified.</param>
/// <param name="ClassConfidence">That classification's confidence in 0-1; null when absent.</param>
/// <param name="DetectionConfidence">Confidence that the detection is real, 0-1; null when absent.</param>
public sealed record SapientDetectionEvent(
    SensorId Node,
    DateTimeOffset MeasuredAt,
    DateTimeOffset ReceivedAt,
    string ReportId,
    string ObjectId,
    SapientPosition Position,
    SapientVelocity? Velocity,
    string? ClassType,
    double? ClassConfidence,
    double? DetectionConfidence) : SapientEvent(Node, MeasuredAt, ReceivedAt);
