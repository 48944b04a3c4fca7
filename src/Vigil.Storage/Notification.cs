using Vigil.Incidents;

namespace Vigil.Storage;

/// <summary>
/// A notice to one party that an incident record concerning it was opened (the commanders' channel),
/// and whether and when that party's liaison acknowledged it.
/// </summary>
/// <param name="Id">The notification.</param>
/// <param name="Incident">The record it is about.</param>
/// <param name="Party">The party notified (ISO 3166-1 alpha-2).</param>
/// <param name="SentAt">When it was sent: when the record was opened.</param>
/// <param name="AcknowledgedAt">When the party acknowledged it; null until it does.</param>
/// <param name="AcknowledgedBy">Who acknowledged it; null until someone does.</param>
public sealed record Notification(NotificationId Id, IncidentRecordId Incident, string Party, DateTimeOffset SentAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedBy)
{
    /// <summary>How long the party took to acknowledge, in seconds; null until it does.</summary>
    public double? SecondsToAcknowledge => AcknowledgedAt is { } at ? (at - SentAt).TotalSeconds : null;
}
