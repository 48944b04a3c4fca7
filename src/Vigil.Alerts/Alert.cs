using Vigil.Core;

namespace Vigil.Alerts;

/// <summary>
/// An alert raised by a rule. Immutable: the lifecycle (acknowledge, response, close) is recorded
/// by the stores that hold alerts, not by mutating this record.
/// </summary>
public sealed record Alert
{
    /// <summary>The alert's id.</summary>
    public required AlertId Id { get; init; }

    /// <summary>Which rule raised it.</summary>
    public required AlertKind Kind { get; init; }

    /// <summary>
    /// When the event happened: for a crossing, the estimated instant the track crossed the line
    /// (interpolated between track updates); for a swarm, the crossing that completed the group.
    /// </summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>When the rule raised the alert (the pipeline's clock). Never before <see cref="Time"/>.</summary>
    public required DateTimeOffset RaisedAt { get; init; }

    /// <summary>The track that crossed; for a swarm, the track that completed the group.</summary>
    public required TrackId TrackId { get; init; }

    /// <summary>Every track involved: one for a crossing, the group's members for a swarm.</summary>
    public required IReadOnlyList<TrackId> TrackIds { get; init; }

    /// <summary>Where: the crossing point, or the centroid of a swarm's crossing points.</summary>
    public required GeoPoint Position { get; init; }

    /// <summary>The border crossed, e.g. <c>AF-PK</c>.</summary>
    public required string Border { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the country left.</summary>
    public required string From { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the country entered.</summary>
    public required string To { get; init; }

    /// <summary>The sector: the district entered (or the province, where no district is known).</summary>
    public required string Sector { get; init; }

    /// <summary>The province entered, when known.</summary>
    public string? Province { get; init; }

    /// <summary>The track's most likely class when the alert was raised.</summary>
    public required ObjectClass Classification { get; init; }

    /// <summary>The probability of <see cref="Classification"/> when the alert was raised, in [0, 1].</summary>
    public required double Probability { get; init; }

    /// <summary>For a swarm: the crossing alerts of its members. Empty for a crossing.</summary>
    public IReadOnlyList<AlertId> RelatedAlertIds { get; init; } = [];
}
