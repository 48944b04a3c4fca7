using Vigil.Alerts;
using Vigil.Core;

namespace Vigil.Incidents;

/// <summary>
/// A group of alerts that belong to one event: close in time and place. A snapshot; the
/// <see cref="IncidentGrouper"/> produces a new one each time an alert joins.
/// </summary>
public sealed record Incident
{
    /// <summary>The incident's id.</summary>
    public required IncidentId Id { get; init; }

    /// <summary>Time of the earliest alert.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>Time of the latest alert.</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>Centroid of the crossing points.</summary>
    public required GeoPoint Position { get; init; }

    /// <summary>The district most of the crossings entered.</summary>
    public required string Sector { get; init; }

    /// <summary>The province most of the crossings entered, when known.</summary>
    public string? Province { get; init; }

    /// <summary>The border crossed, e.g. <c>AF-PK</c>.</summary>
    public required string Border { get; init; }

    /// <summary>Country left (ISO 3166-1 alpha-2).</summary>
    public required string From { get; init; }

    /// <summary>Country entered (ISO 3166-1 alpha-2).</summary>
    public required string To { get; init; }

    /// <summary>Every alert in the incident, in the order they were raised.</summary>
    public required IReadOnlyList<AlertId> AlertIds { get; init; }

    /// <summary>The distinct drone tracks that crossed.</summary>
    public required IReadOnlyList<TrackId> DroneTrackIds { get; init; }

    /// <summary>How many distinct drones crossed.</summary>
    public int DroneCount => DroneTrackIds.Count;
}
