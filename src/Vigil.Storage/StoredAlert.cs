using Vigil.Alerts;

namespace Vigil.Storage;

/// <summary>An alert as stored, with when the store received it.</summary>
/// <param name="Alert">The alert.</param>
/// <param name="ReceivedAt">When it was first stored; null for alerts stored before receipt times were kept.</param>
public sealed record StoredAlert(Alert Alert, DateTimeOffset? ReceivedAt);
