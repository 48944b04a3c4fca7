namespace Vigil.Alerts;

/// <summary>What rule raised an alert.</summary>
public enum AlertKind
{
    /// <summary>A confirmed track, most likely a drone, crossed a border (<c>border-crossing</c>).</summary>
    BorderCrossing = 0,

    /// <summary>Three or more drone tracks crossed close together in space and time (<c>swarm</c>).</summary>
    Swarm = 1,
}
