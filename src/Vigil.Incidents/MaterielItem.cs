using Vigil.Core;

namespace Vigil.Incidents;

/// <summary>
/// Something recovered after an incident — a downed drone, wreckage, an unexploded payload — with its
/// identified components. Lists compare by reference.
/// </summary>
public sealed record MaterielItem
{
    /// <summary>The item's id.</summary>
    public required MaterielId Id { get; init; }

    /// <summary>What was recovered, e.g. "quadcopter, two arms missing".</summary>
    public required string What { get; init; }

    /// <summary>Where it was recovered.</summary>
    public required GeoPoint Place { get; init; }

    /// <summary>When it was recovered.</summary>
    public required DateTimeOffset RecoveredAt { get; init; }

    /// <summary>The incident it belongs to, when linked.</summary>
    public IncidentId? Incident { get; init; }

    /// <summary>The components identified in it.</summary>
    public IReadOnlyList<Component> Components { get; init; } = [];
}
