using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>One simulated object as a scenario describes it.</summary>
public sealed record TargetSpec
{
    /// <summary>The target's id, unique in the scenario.</summary>
    public required string Id { get; init; }

    /// <summary>What it is.</summary>
    public required ObjectClass Kind { get; init; }

    /// <summary>When it starts moving, after the scenario's start.</summary>
    public required TimeSpan Launch { get; init; }

    /// <summary>Mean radar cross-section in dBsm.</summary>
    public required double RcsDbsm { get; init; }

    /// <summary>
    /// Standard deviation of the random heading deviation from the route, degrees (0 = straight legs).
    /// Birds wander; drones and aircraft do not.
    /// </summary>
    public double WanderDeg { get; init; }

    /// <summary>What it broadcasts in Remote ID, or null for a drone (or anything else) that broadcasts nothing.</summary>
    public RemoteIdBroadcast? RemoteId { get; init; }

    /// <summary>The route: at least two waypoints.</summary>
    public required IReadOnlyList<Waypoint> Waypoints { get; init; }
}
