namespace Vigil.Incidents;

/// <summary>What a recovered component does in a drone: the categories in which commercial parts turn up in weapons.</summary>
public enum DualUseCategory
{
    /// <summary>Satellite navigation receiver or module.</summary>
    GnssModule,

    /// <summary>Flight controller or autopilot board.</summary>
    FlightController,

    /// <summary>Control, telemetry or video radio link.</summary>
    RadioLink,

    /// <summary>Motor or electronic speed controller.</summary>
    MotorEsc,

    /// <summary>Camera or gimbal.</summary>
    CameraGimbal,

    /// <summary>Battery.</summary>
    Battery,

    /// <summary>Frame, arms, wings, propellers.</summary>
    Airframe,

    /// <summary>Warhead, munition or payload release.</summary>
    WarheadPayload,

    /// <summary>Anything else.</summary>
    Other,
}
