namespace Vigil.Sensors.RemoteId;

/// <summary>
/// Horizontal and vertical speed accuracy (95 %) of a Location message (F3411-22a; 4 bits, 5 to 15
/// reserved). <see cref="RemoteIdAccuracy.SpeedMps"/> gives the bound in metres per second.
/// </summary>
public enum SpeedAccuracy : byte
{
    /// <summary>Unknown, or 10 m/s or worse.</summary>
    Unknown = 0,

    /// <summary>Better than 10 m/s.</summary>
    Within10Mps = 1,

    /// <summary>Better than 3 m/s.</summary>
    Within3Mps = 2,

    /// <summary>Better than 1 m/s.</summary>
    Within1Mps = 3,

    /// <summary>Better than 0.3 m/s.</summary>
    Within0_3Mps = 4,
}
