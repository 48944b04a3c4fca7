namespace Vigil.Alerts;

/// <summary>Parameters of the alert rules. The defaults are the ones the bundled scenarios are tuned for.</summary>
public sealed record AlertOptions
{
    /// <summary>
    /// How far a track must be past the line (metres of travel since the crossing) before the
    /// crossing is taken as real rather than estimation noise along the border. Default 150 m.
    /// </summary>
    public double CommitDistanceM { get; init; } = 150;

    /// <summary>Or how long it must stay on the new side. Default 8 s.</summary>
    public TimeSpan CommitTime { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Minimum probability of the drone class, besides it being the most likely. Default 0.5.</summary>
    public double MinimumDroneProbability { get; init; } = 0.5;

    /// <summary>How many drone tracks make a swarm. Default 3.</summary>
    public int SwarmMinimumTracks { get; init; } = 3;

    /// <summary>Largest distance between a swarm's crossing points. Default 10 km.</summary>
    public double SwarmRadiusM { get; init; } = 10_000;

    /// <summary>Longest span between a swarm's crossing times. Default 10 minutes.</summary>
    public TimeSpan SwarmWindow { get; init; } = TimeSpan.FromMinutes(10);
}
