namespace Vigil.Sensors.RemoteId;

/// <summary>
/// Vertical accuracy (95 %) of a geodetic or pressure altitude (F3411-22a; 4 bits, 7 to 15 reserved).
/// <see cref="RemoteIdAccuracy.VerticalM"/> gives the bound in metres.
/// </summary>
public enum VerticalAccuracy : byte
{
    /// <summary>Unknown, or 150 m or worse.</summary>
    Unknown = 0,

    /// <summary>Better than 150 m.</summary>
    Within150M = 1,

    /// <summary>Better than 45 m.</summary>
    Within45M = 2,

    /// <summary>Better than 25 m.</summary>
    Within25M = 3,

    /// <summary>Better than 10 m.</summary>
    Within10M = 4,

    /// <summary>Better than 3 m.</summary>
    Within3M = 5,

    /// <summary>Better than 1 m.</summary>
    Within1M = 6,
}
