namespace Vigil.Sensors.RemoteId;

/// <summary>
/// Horizontal position accuracy (95 %) of a Location message (F3411-22a; 4 bits, 13 to 15 reserved).
/// <see cref="RemoteIdAccuracy.HorizontalM"/> gives the bound in metres.
/// </summary>
public enum HorizontalAccuracy : byte
{
    /// <summary>Unknown, or 18.52 km (10 NM) or worse.</summary>
    Unknown = 0,

    /// <summary>Better than 18.52 km (10 NM).</summary>
    Within10Nm = 1,

    /// <summary>Better than 7.408 km (4 NM).</summary>
    Within4Nm = 2,

    /// <summary>Better than 3.704 km (2 NM).</summary>
    Within2Nm = 3,

    /// <summary>Better than 1.852 km (1 NM).</summary>
    Within1Nm = 4,

    /// <summary>Better than 926 m (0.5 NM).</summary>
    Within0_5Nm = 5,

    /// <summary>Better than 555.6 m (0.3 NM).</summary>
    Within0_3Nm = 6,

    /// <summary>Better than 185.2 m (0.1 NM).</summary>
    Within0_1Nm = 7,

    /// <summary>Better than 92.6 m (0.05 NM).</summary>
    Within0_05Nm = 8,

    /// <summary>Better than 30 m.</summary>
    Within30M = 9,

    /// <summary>Better than 10 m.</summary>
    Within10M = 10,

    /// <summary>Better than 3 m.</summary>
    Within3M = 11,

    /// <summary>Better than 1 m.</summary>
    Within1M = 12,
}
