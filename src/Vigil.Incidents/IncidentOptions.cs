namespace Vigil.Incidents;

/// <summary>When an alert joins an existing incident rather than opening a new one.</summary>
public sealed record IncidentOptions
{
    /// <summary>Largest gap between an alert and the incident's latest alert. Default 30 minutes.</summary>
    public TimeSpan JoinWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Largest distance from an alert to the nearest alert already in the incident. Default 25 km.</summary>
    public double JoinRadiusM { get; init; } = 25_000;
}
