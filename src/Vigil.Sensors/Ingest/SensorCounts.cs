using Vigil.Core;

namespace Vigil.Sensors.Ingest;

/// <summary>What ingest accepted and rejected from one sensor.</summary>
/// <param name="Sensor">The sensor.</param>
/// <param name="Accepted">Messages accepted.</param>
/// <param name="Rejected">Messages rejected.</param>
/// <param name="Reasons">Rejections by reason (numbers folded to "N"), most frequent first.</param>
/// <param name="LastRejection">The latest rejection as reported, with its offset.</param>
public sealed record SensorCounts(SensorId Sensor, long Accepted, long Rejected, IReadOnlyList<RejectionCount> Reasons, DecodeError? LastRejection);
