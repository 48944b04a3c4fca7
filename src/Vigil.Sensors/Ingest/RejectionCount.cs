namespace Vigil.Sensors.Ingest;

/// <summary>How many messages were rejected for one reason.</summary>
/// <param name="Reason">The reason, its numbers folded to "N".</param>
/// <param name="Count">How many.</param>
public readonly record struct RejectionCount(string Reason, long Count);
