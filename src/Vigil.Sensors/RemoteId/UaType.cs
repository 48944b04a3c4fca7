namespace Vigil.Sensors.RemoteId;

/// <summary>The kind of unmanned aircraft in a Basic ID message (F3411-22a; 4 bits).</summary>
public enum UaType : byte
{
    /// <summary>Not declared.</summary>
    None = 0,

    /// <summary>Aeroplane (fixed wing).</summary>
    Aeroplane = 1,

    /// <summary>Helicopter or multirotor.</summary>
    HelicopterOrMultirotor = 2,

    /// <summary>Gyroplane.</summary>
    Gyroplane = 3,

    /// <summary>Hybrid lift: a fixed wing aircraft that can take off vertically.</summary>
    HybridLift = 4,

    /// <summary>Ornithopter.</summary>
    Ornithopter = 5,

    /// <summary>Glider.</summary>
    Glider = 6,

    /// <summary>Kite.</summary>
    Kite = 7,

    /// <summary>Free balloon.</summary>
    FreeBalloon = 8,

    /// <summary>Captive balloon.</summary>
    CaptiveBalloon = 9,

    /// <summary>Airship, such as a blimp.</summary>
    Airship = 10,

    /// <summary>Free-fall parachute (unpowered).</summary>
    FreeFallParachute = 11,

    /// <summary>Rocket.</summary>
    Rocket = 12,

    /// <summary>Tethered powered aircraft.</summary>
    TetheredPoweredAircraft = 13,

    /// <summary>Ground obstacle.</summary>
    GroundObstacle = 14,

    /// <summary>Other.</summary>
    Other = 15,
}
