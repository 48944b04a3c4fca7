namespace Vigil.Server.Live;

/// <summary>What the live picture calls a track. Wire names are the lower-case member names.</summary>
public enum LiveClass
{
    /// <summary>Most likely a drone.</summary>
    Drone = 0,

    /// <summary>Most likely a bird.</summary>
    Bird = 1,

    /// <summary>Most likely a crewed aircraft.</summary>
    Aircraft = 2,

    /// <summary>No class is likely enough yet (the most likely one is below <see cref="LiveTrack.KnownFrom"/>).</summary>
    Unknown = 3,
}
