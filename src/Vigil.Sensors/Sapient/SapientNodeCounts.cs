namespace Vigil.Sensors.Sapient;

/// <summary>A snapshot of one node's message counts.</summary>
/// <param name="Accepted">Messages accepted.</param>
/// <param name="Rejected">Messages rejected, all reasons together.</param>
/// <param name="RejectedByReason">Rejections per reason.</param>
public sealed record SapientNodeCounts(long Accepted, long Rejected, IReadOnlyDictionary<string, long> RejectedByReason);
