namespace Vigil.Incidents;

/// <summary>What is known about an incident when a grade is suggested.</summary>
public sealed record IncidentFacts
{
    /// <summary>Every claim made about the incident, retractions included, in any order.</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>What the sensor record says.</summary>
    public required SensorVerdict Sensors { get; init; }

    /// <summary>How many sources report the event (outlets, parties, witnesses); 0 or more.</summary>
    public required int SourceCount { get; init; }

    /// <summary>
    /// How many of <see cref="SourceCount"/> are independent of each other — not copying one
    /// another, not speaking for the same party; 0 to <see cref="SourceCount"/>.
    /// </summary>
    public required int IndependentSourceCount { get; init; }
}
